# Holst's interface text (ru). One message per id; ru.ftl and en.ftl hold the same ids with the
# same arguments (a test checks). Counts ($count) pick their plural form by CLDR rules.

## The editor window

menu-file = Файл
menu-edit = Правка
menu-view = Вид
menu-version = Версия
menu-help = Справка
new = Создать из шаблона…
open = Открыть…
open-recent = Недавние файлы
no-recent = Нет недавних файлов
save = Сохранить
save-as = Сохранить как…
export-pdf = Экспорт в PDF, SVG, PNG…
quit = Выход
undo = Отменить
redo = Повторить
cut = Вырезать
copy = Копировать
paste = Вставить
duplicate = Дублировать
delete = Удалить
select-all = Выделить всё
bring-to-front = На передний план
colour = Цвет
edit-text = Изменить текст
zoom-in = Увеличить
zoom-out = Уменьшить
fit-to-window = По размеру окна
legend = Легенда цветов
legend-hint = Что означает этот цвет?
colour-by-segments = Раскрасить по сегментам
colour-by-segments-hint = Каждый сегмент и заметки, связанные только с ним, получают цвет сегмента; легенда называет каждый цвет его сегментом.
legend-segment = сегмент { $n }
about = О программе
lang-ru = Русский
lang-en = English
about-text = Holst — редактор бизнес-моделей (Business Model Canvas). Файлы хранятся у вас, без учётной записи.
unsaved-title = Несохранённые изменения
unsaved-body = Сохранить изменения в модели «{ $title }»?
dont-save = Не сохранять
cancel = Отмена
saved = сохранено
not-saved = не сохранено
unsaved = новый файл
notes = { $count ->
    [one] { $count } заметка
    [few] { $count } заметки
   *[other] { $count } заметок
}
zoom = масштаб
gallery = Новая модель
gallery-hint = Выберите шаблон
recovery-title = Восстановление
recovery-body = Holst закрылся, не сохранив изменения. Остались копии для восстановления (новые сверху):
recovery-none = Копий для восстановления нет.
recovery-copies = Копии для восстановления…
recovery-new-model = новая модель, без файла
recovery-written = записана { $age } назад
recovery-unreadable = Копию не удалось прочитать: { $error }
restore = Восстановить
discard = Удалить копию…
later = Позже
discard-title = Удалить копию?
discard-body = Копия «{ $title }» будет удалена безвозвратно.
restore-failed = Не удалось восстановить копию
autosave-failed = Копия для восстановления не записана: { $error } (повтор через 5 с)
more-copies = Есть ещё копии для восстановления: { $count } — меню «Файл»
open-elsewhere = Файл открыт в другом окне Holst: перед сохранением Holst проверит его изменения
locked-title = Файл уже открыт
locked-body = «{ $file }» уже открыт в другом окне Holst. Если править его в двух окнах, одно сохранение затрёт другое.
locked-pid = Процесс другого окна: { $pid }
open-read-only = Открыть только для чтения
open-anyway = Всё равно открыть
read-only = только чтение
conflict-title = Файл изменён другой программой
conflict-changed = «{ $file }» изменён на диске после того, как Holst его прочитал или сохранил.
conflict-missing = «{ $file }» удалён или переименован другой программой.
conflict-saving = Если перезаписать, изменения другой программы пропадут.
reload = Загрузить с диска…
overwrite = Перезаписать
keep-mine = Оставить мою версию
reload-confirm = Отбросить изменения в окне и загрузить файл с диска?
reload-drop = Отбросить и загрузить
changed-on-disk = изменён на диске
save-target-open = «{ $file }» открыт в другом окне Holst. Сохраните под другим именем или закройте то окно.
import-warnings = Предупреждения импорта
import-warnings-body = При чтении «{ $file }» пропущено:
warnings-count = предупреждения импорта: { $count }
ago-seconds = { $count } с
ago-minutes = { $count } мин
ago-hours = { $count } ч
ago-days = { $count } дн.
error = Ошибка
close = Закрыть
block-help = Подсказка по блоку
typology = Типология
key-question = Ключевой вопрос
new-version = Новая версия (копия текущей)
rename-version = Переименовать версию
delete-version = Удалить версию
mark-final = Отметить как итоговую
final = итоговая
layout = Макет
compare = Сравнить версии
cards = Гипотезы
move-notes = Перемещение заметок
add-note = Новая заметка
edit-note = Изменение текста
delete-notes = Удаление заметок
paste-notes = Вставка заметок
duplicate-notes = Дублирование заметок
saved-to = Сохранено: { $path }
open-failed = Не удалось открыть файл
save-failed = Не удалось сохранить файл
note-text = Текст заметки
switch-layout = Сменить макет
layout-bmc = Бизнес-модель (9 блоков)
layout-social = Социальное предприятие (11 блоков)
layout-lean = Lean Canvas (9 блоков)
layout-moved = В новом макете нет некоторых блоков, их заметки перенесены: { $moves }. Отменить: Ctrl+Z
layout-moved-item = из «{ $from }» в «{ $to }» ({ $count })
added = добавлено
removed = удалено
changed = изменено
moved = перенесено
was-text = Было: { $text }
moved-from = Перенесено из блока «{ $block }»
recoloured = перекрашено
was-colour = Был цвет: { $colour }
leave-compare = Выйти из сравнения
arrange-block = Упорядочить блок
arrange-all = Упорядочить все блоки
enlarge-block = Открыть блок крупно
leave-block = Вернуться к холсту
hidden-notes = { $count ->
    [one] ещё { $count } заметка — открыть блок
    [few] ещё { $count } заметки — открыть блок
   *[other] ещё { $count } заметок — открыть блок
}
enlarged-block = Блок «{ $block }» крупно · Esc — вернуться к холсту
compare-earlier = Раньше
compare-later = Позже
compare-swap = Поменять местами
compare-differences = { $count ->
    [one] { $count } различие
    [few] { $count } различия
   *[other] { $count } различий
}
compare-same = Версии не различаются.
compare-legend = Обозначения
mark-added = есть только в поздней версии (добавлено)
mark-removed = есть только в ранней версии (удалено)
mark-changed = изменён текст
mark-moved = перенесено в другой блок
mark-recoloured = изменён цвет
mark-cards = различия гипотез перечислены после блоков
mark-current = различие, выбранное в списке
take-into = Перенести в «{ $version }»
take-checked = Перенести { $count ->
    [one] { $count } отмеченное различие
    [few] { $count } отмеченных различия
   *[other] { $count } отмеченных различий
} в «{ $version }»
take-step = Перенос из другой версии
compare-overlay = Наложение (один холст)
mark-ghost = бледная: удалённая заметка на прежнем месте
mark-arrow = стрелка: от прежнего места перенесённой заметки
compare-keys = ↑/↓: следующее различие · Ctrl+0: вписать · Esc: выйти
export-title = Экспорт
paper = Формат бумаги
versions = Версии
compare-on-page = Страница сравнения двух версий
export = Экспортировать…
exporting = Экспорт…
exported-to = PDF сохранён: { $path }
export-warnings = PDF сохранён с предупреждениями
export-warnings-body = { $path } записан, но для некоторых символов нет шрифта; на их месте красные рамки:
exported-pictures = Картинки сохранены: { $paths }
file-format = Формат файла
resolution = Разрешение, точек на дюйм
as-on-screen = Как на экране
as-on-screen-hint = Холст — уменьшенная копия экрана, а не заметки, подогнанные под лист
fork-name = { $name } (копия)
cards-title = Гипотезы версии «{ $version }»
cards-validated = Подтверждены: { $count }
cards-invalidated = Опровергнуты: { $count }
cards-untested = Не проверены: { $count } (ещё не проверялись или проверяются сейчас)
cards-none = Гипотез пока нет. Запишите то, во что вы верите, но ещё не проверили.
card-add = Добавить гипотезу
card-edit = Изменение гипотезы
card-delete = Удалить гипотезу
card-untitled = (гипотеза без текста)
card-hypothesis = Гипотеза
card-test = Проверка
card-metric = Метрика
card-criterion = Критерий
card-status = Статус
card-learning = Выводы
card-notes = Связанные заметки
card-no-notes = Нет связанных заметок
card-prompt-hypothesis = Мы считаем, что …
card-prompt-test = Чтобы проверить это, мы …
card-prompt-metric = И будем измерять …
card-prompt-criterion = Мы правы, если …
card-prompt-learning =
    Мы наблюдали …
    Из этого мы узнали …
    Поэтому мы …
card-link = Связать выделенные заметки
card-link-hint = Сначала выделите на холсте заметки, которых касается гипотеза
card-link-step = Связь заметок с гипотезой
card-unlink = Отвязать заметку «{ $text }»
card-unlink-step = Отвязка заметки
card-show-note = Выделить заметку на холсте

## Files and the system

io-not-found = нет такого файла или папки
io-permission-denied = нет доступа
io-already-exists = файл уже существует
io-storage-full = на диске нет места
io-read-only-filesystem = файловая система только для чтения
io-is-a-directory = это папка
file-kind-directory = папка
file-kind-fifo = именованный канал (FIFO)
file-kind-device = устройство
file-kind-socket = сокет
file-kind-other = специальный файл
megabytes = { $size } МБ
storage-io = { $path }: ошибка чтения или записи файла: { $error }
storage-parse = { $path }:{ $line }:{ $column }: { $message }
storage-unknown-format = { $path }: неизвестный тип файла; нужен файл .ron (Holst), .md (Markdown) или .canvas (JSON Canvas)
storage-not-a-file = { $path }: это { $kind }, а не обычный файл; нужен файл .ron, .md или .canvas
storage-too-large = { $path }: размер файла { $size } — больше предела в { $limit } для файла модели
storage-read-only = { $path }: файл только для чтения, Holst его не заменяет; разрешите запись в него или сохраните под другим именем
storage-invalid = { $path }: не сохранено: { $error }
warning-line = строка { $line }: { $message }
recovery-read-failed = { $path }: копию для восстановления не удалось прочитать: { $error }
filter-models = Модели Holst
filter-model = Модель Holst

## Changes that cannot be made

op-no-version = нет версии с id { $version }
op-no-note = в версии { $version } нет заметки с id { $note }
op-no-card = в версии { $version } нет карточки гипотезы с id { $card }
op-duplicate-version = версия с id { $version } уже есть
op-duplicate-note = в версии { $version } уже есть заметка с id { $note }
op-duplicate-card = в версии { $version } уже есть карточка гипотезы с id { $card }
op-index-out-of-range = позиция { $index } вне списка; ожидалась не больше { $max }
op-block-not-in-layout = в макете { $layout } нет блока { $block }; ожидался один из: { $blocks }
op-not-finite = заметка { $note } получила бы положение, которое не является конечным числом
op-last-version = последнюю версию модели удалить нельзя
op-final-taken = версия { $version } уже отмечена как итоговая; сначала снимите отметку
op-already-linked = карточка гипотезы { $card } уже связана с заметкой { $note }
op-not-linked = карточка гипотезы { $card } не связана с заметкой { $note }
op-invalid = { $error }
op-not-a-segment = заметка { $note } не сегмент; ожидалась заметка блока «Потребительские сегменты»
op-segment-tied = заметка { $note } сама сегмент; к сегментам привязываются только заметки других блоков
op-already-tied = заметка { $note } уже привязана к сегменту { $segment }
op-not-tied = заметка { $note } не привязана к сегменту { $segment }
op-not-a-method-op = { $op } — не действие с сегментами или описаниями

## PDF export

export-unknown-version = в модели нет версии с id { $id }; её версии: { $available }
export-invalid = модель содержит ошибку: { $error }
export-font = PDF не удалось создать: { $error }
export-io = { $path }: { $error }
cli-export-stdout = экспорт пишет файлы, а не стандартный поток; ожидалось имя файла .pdf, .svg или .png либо папка
cli-export-extension = { $path }: имя выходного файла не оканчивается на .pdf, .svg или .png; ожидалось такое имя, ключ --format или ключ --force, чтобы всё равно записать туда PDF
cli-export-over-model = { $path } — это экспортируемая модель; запись на её место уничтожила бы её. Ожидалось другое имя файла
cli-export-dpi = ключ --dpi задаёт разрешение картинок PNG; ожидался выход .png или --format png
export-image = картинку не удалось создать: { $error }
export-one-name = { $count ->
    [one] получается { $count } картинка
    [few] получается { $count } картинки
   *[other] получается { $count } картинок
} ({ $labels }), а { $path } — имя одного файла; добавьте в имя %v для номера версии (out-%v.png), укажите папку (out/) или выберите одну версию через --version
pdf-date = { $day }.{ $month }.{ $year }
pdf-final = (итоговая)
pdf-credit = Шаблон Business Model Canvas: Strategyzer AG, лицензия CC BY-SA 3.0
pdf-page-number = Стр. { $page } из { $total }
pdf-continued = Продолжение — на странице { $page } (приложение)
pdf-left-over = { $count ->
    [one] Не поместилась ещё { $count } заметка
    [few] Не поместились ещё { $count } заметки
   *[other] Не поместилось ещё { $count } заметок
}
pdf-appendix-caption = Приложение к странице { $page }: полный текст блоков, не поместившихся на холсте
pdf-cards-caption = Гипотезы
pdf-card-hypothesis = Гипотеза
pdf-card-test = Проверка
pdf-card-metric = Метрика
pdf-card-criterion = Критерий
pdf-card-status = Статус
pdf-card-learning = Выводы
pdf-card-notes = Заметки
pdf-compare-caption = сравнение версий
pdf-mark-added = добавлена
pdf-mark-removed = удалена
pdf-mark-changed = изменена
pdf-mark-moved = перемещена
pdf-mark-recoloured = другой цвет
pdf-method-caption = Описания, социальное предприятие и сегменты
pdf-model-description = О модели
pdf-version-description = Об этой версии
pdf-social = Социальное предприятие
pdf-social-model = Модель операционной деятельности
pdf-segment = Сегмент { $number }: { $text }
pdf-segment-priority = Приоритет
pdf-segment-tied = Заметки, связанные с сегментом

## Reading and checking documents

read-binary = это двоичный файл (здесь байт NUL); ожидался текстовый файл: модель Holst (.ron) или холст в Markdown (.md)
expected-ron-model = модель Holst: (format_version: 1, title: "…", versions: [ … ])
expected-md-canvas = холст в Markdown: строка `# название` и заголовки `### <блок>` с пунктами `- заметка`
expected-json-canvas = JSON Canvas: {"{"}"nodes": [ … ], "edges": [ … ]{"}"}
read-empty = файл пуст; ожидалось: { $expected }
read-only-whitespace = в файле только пробелы и переводы строк; ожидалось: { $expected }
read-not-utf8 = этот байт не является символом UTF-8; ожидался текстовый файл в кодировке UTF-8
formats-known = { $count ->
    [one] { $first }
   *[other] { $first } — { $last }
}
ron-newer-format = файл записан более новой версией Holst (format_version { $found }); эта версия Holst читает format_version не выше { $newest }. Обновите Holst, чтобы открыть его
ron-format-zero = format_version 0 — не формат Holst; ожидалось format_version { $known }
ron-note-moved-in = заметка { $note } «{ $text }» лежала вне своего блока (x: { $x }, y: { $y }); она перенесена в блок
ron-missing-field-in = нет поля `{ $field }`; оно ожидалось среди полей этого { $outer }
ron-missing-field = нет поля `{ $field }`; оно ожидалось среди полей здесь
ron-not-allowed = `{ $found }` здесь недопустимо; ожидалось одно из: { $expected }
ron-syntax = ошибка синтаксиса RON: { $detail }; ожидалась модель Holst: (format_version: 1, title: "…", versions: [ … ])
invalid-format-version = format_version { $found } эта версия Holst не читает; ожидалось format_version { $known }
invalid-no-versions = в модели нет ни одной версии; ожидался список `versions: [ ... ]` хотя бы с одной
invalid-duplicate-version = у двух версий один и тот же id { $id }; id каждой версии должен встречаться один раз
invalid-final-version = final_version { $id } не указывает ни на одну версию; ожидался id одной из версий
invalid-duplicate-note = версия «{ $version }»: у двух заметок один и тот же id { $id }; id каждой заметки должен встречаться один раз
invalid-block-not-in-layout = версия «{ $version }»: заметка { $note } стоит в блоке { $block } ({ $title }), которого нет в макете { $layout }; ожидался один из блоков: { $blocks }
invalid-not-finite = версия «{ $version }»: у заметки { $note } нет конечных координат; ожидались числа в x и y
invalid-duplicate-card = версия «{ $version }»: у двух карточек один и тот же id { $id }; id каждой карточки должен встречаться один раз
invalid-card-links-missing-note = версия «{ $version }»: карточка { $card } ссылается на заметку { $note }, которой нет в этой версии; ожидались id заметок этой версии
limit-title = в названии модели { $count } { $count ->
    [one] символ
    [few] символа
   *[other] символов
} — больше предела в { $limit } символов для названия модели или версии
limit-versions = слишком много версий: больше предела в { $limit } версий на модель (версия { $version } идёт под номером { $number })
limit-notes = слишком много заметок: больше предела в { $limit } заметок на модель во всех версиях вместе (версия «{ $version }», заметка { $note })
limit-cards = слишком много карточек гипотез: больше предела в { $limit } карточек на модель во всех версиях вместе (версия «{ $version }», карточка { $card })
limit-id = версия «{ $version }»: слишком большой id { $id } ({ $what }); ожидался id от 0 до { $max }, чтобы оставалось место для новых id
limit-text = версия «{ $version }»: { $what } — { $count } { $count ->
    [one] символ
    [few] символа
   *[other] символов
}, больше предела в { $limit } символов на один текст
limit-version-name = в названии версии { $count } { $count ->
    [one] символ
    [few] символа
   *[other] символов
} — больше предела в { $limit } символов для названия модели или версии
limit-version-description = версия «{ $version }»: в описании { $count } { $count ->
    [one] символ
    [few] символа
   *[other] символов
} — больше предела в { $limit } символов для описания
limit-version-items = в версии «{ $version }» { $notes } { $notes ->
    [one] заметка
    [few] заметки
   *[other] заметок
}, { $cards } { $cards ->
    [one] карточка
    [few] карточки
   *[other] карточек
} и { $legend } { $legend ->
    [one] строка
    [few] строки
   *[other] строк
} легенды; пределы — { $max-notes } заметок, { $max-cards } карточек и { $max-legend } строк легенды
limit-card-links = версия «{ $version }»: карточка { $card } ссылается на { $count } { $count ->
    [one] заметку
    [few] заметки
   *[other] заметок
} — больше предела в { $limit }
item-version = версии
item-note = заметки
item-card = карточки
item-legend-entry = строка легенды
item-note-text = текст заметки { $id }
item-card-field = поле карточки { $id }

## Чтение холстов Markdown, папок с блоками и файлов JSON Canvas

md-warnings-more = { $count ->
    [one] ещё { $count } такое же предупреждение не показано, начиная с этой строки
    [few] ещё { $count } таких же предупреждения не показаны, начиная с этой строки
   *[other] ещё { $count } таких же предупреждений не показаны, начиная с этой строки
}
block-with-id = { $id } ({ $ru } / { $en })
colour-with-label = { $name } ({ $label })
md-unknown-colour = неизвестный цвет «{ $name }»; ожидался один из: { $names }
md-unknown-status = неизвестный статус «{ $word }»; ожидался один из: { $ru } (или { $en })
md-card-links-over = карточка ссылается больше чем на { $limit } заметок — это предел заметок на модель
md-card-link-missing = карточка ссылается на «{ $text }», но ни в одной заметке этой версии нет такого текста; ссылка пропущена
md-item-too-long = пункт списка со строки { $start } тянется больше чем на { $limit } строк; ожидалась заметка или карточка покороче
md-too-many-notes = слишком много заметок: больше предела в { $limit } заметок на модель во всех версиях вместе
md-too-many-cards = слишком много карточек: больше предела в { $limit } карточек на модель во всех версиях вместе
md-too-many-versions = слишком много версий: больше предела в { $limit } версий на модель
md-unknown-block = неизвестный заголовок блока { $text }; ожидался один из: { $blocks }; или раздел: { $sections }
md-before-version = { $text } стоит раньше любого заголовка версии; над ним ожидался `## <название версии>`
md-block-not-in-layout = блока { $text } ({ $id }) нет в макете { $layout } этой версии; ожидался один из: { $blocks } (или строка `layout:` с макетом, где этот блок есть: { $others })
md-unknown-layout = неизвестный макет { $text }; ожидался один из: { $ids }
md-final-not-yes-no = { $text } — не «да» и не «нет»; ожидалось `final: yes` или `final: да`
md-empty-item = пустой пункт списка пропущен
md-final-twice = другая версия уже отмечена как итоговая; эта отметка пропущена
md-kept-in-description = не заметка, сохранено в описании версии: { $text }
md-folder-file-no-block = { $file }: ни имя файла, ни его первый заголовок не называют блок; файл пропущен
md-folder-no-block-file = в этой папке нет ни одного файла Markdown с названием блока; ожидались файлы вроде `Key Partners.md` или `Каналы.md`, по одному на блок
md-note-id-reused = id заметки { $id } повторяется в этой версии или слишком велик; заметка получает новый id
md-note-moved-in = заметка лежала вне своего блока (x={ $x }, y={ $y }); она перенесена в блок
md-note-block-not-in-layout = блока «{ $from }» нет в макете { $layout }; его заметка перенесена в блок «{ $to }», название блока — в её тексте
md-not-a-version = у «{ $name }» нет ни строки layout, ни блоков, это не версия; её текст сохранён в описании
md-no-block-heading = не найдено ни одного заголовка блока, значит, нет и заметок; ожидался заголовок `### <блок>` (например `### Каналы`) с пунктами `- заметка` под ним
md-nothing-read = из файла ничего не прочитано: в его блоках нет ни одной заметки (только подсказки, пустые пункты или текст вне пунктов списка); ожидались пункты `- заметка` под заголовками блоков
json-not-canvas = это не JSON Canvas: { $detail }; ожидалось {"{"}"nodes": [ … ], "edges": [ … ]{"}"}
json-no-block-group = ни одна группа этого холста не названа как блок, значит, нет и заметок; ожидались группы с подписями вроде «Key Partners» или «Каналы» с текстовыми узлами внутри
json-groups-ignored = { $count ->
    [one] { $count } группа не названа как блок и пропущена; её узлы отнесены к блоку вокруг неё
    [few] { $count } группы не названы как блок и пропущены; их узлы отнесены к блоку вокруг них
   *[other] { $count } групп не названы как блок и пропущены; их узлы отнесены к блоку вокруг них
}
json-odd-ids = { $count ->
    [one] { $count } id заметки не из 16 шестнадцатеричных цифр; эта заметка получает новый id
    [few] { $count } id заметок не из 16 шестнадцатеричных цифр; эти заметки получают новые id
   *[other] { $count } id заметок не из 16 шестнадцатеричных цифр; эти заметки получают новые id
}
json-edges-skipped = { $count ->
    [one] { $count } связь между узлами пропущена: в Holst ей нет соответствия
    [few] { $count } связи между узлами пропущены: в Holst им нет соответствия
   *[other] { $count } связей между узлами пропущены: в Holst им нет соответствия
}
json-node-kept = узел типа { $kind } сохранён как заметка с его адресом
json-unknown-colour = неизвестный цвет; заметка жёлтая
json-outside = «{ $text }» не лежит ни в одном блоке; сохранено в описании версии

## Командная строка

cli-error = ошибка
cli-warning = предупреждение
cli-wrote = записан { $path }
cli-wrote-template = записан { $path } из шаблона { $template }
layout-overlap = версия «{ $version }», блок «{ $block }»: заметки { $a } и { $b } закрывают друг друга (Правка → Упорядочить блок)
layout-outside = версия «{ $version }», блок «{ $block }»: заметка { $note } стоит за краем блока, блок показан уплотнённым
layout-hidden = версия «{ $version }», блок «{ $block }»: { $count ->
    [one] { $count } заметка не помещается даже мелким шрифтом и скрыта
    [few] { $count } заметки не помещаются даже мелким шрифтом и скрыты
   *[other] { $count } заметок не помещаются даже мелким шрифтом и скрыты
} (Вид → Открыть блок крупно)
cli-check-ok = { $file }: в порядке, «{ $title }», { $versions } { $versions ->
    [one] версия
    [few] версии
   *[other] версий
}, { $notes } { $notes ->
    [one] заметка
    [few] заметки
   *[other] заметок
}
cli-stdout-needs-to = для вывода в стандартный поток (`-`) нужен ключ --to ron, --to md или --to canvas
cli-unknown-output = { $path }: неизвестный тип файла; ожидалось имя файла .ron, .md или .canvas
cli-no-template = нет шаблона `{ $template }`; ожидался один из: { $ids }
cli-convert-over-input = { $path } — это входной файл; для преобразованной модели ожидалось другое имя файла
cli-obsidian-needs-md = --style obsidian пишет Markdown; ожидался выходной файл .md (или --to md)
cli-exists = { $path } уже существует; чтобы заменить его, добавьте --force
cli-no-version = { $path }: нет версии `{ $key }`; ожидалось название или номер от 1 до { $count }: { $list }
cli-stdout-failed = не удалось записать в стандартный поток вывода: { $error }
pdf-missing-glyphs = { $count ->
    [1] страница
   *[other] страницы
} { $pages }: «{ $text }»: ни в одном шрифте нет { $chars }; в PDF на их месте красные рамки
# holst diff и holst merge
diff-summary = «{ $a }» → «{ $b }»: добавлено { $added }, удалено { $removed }, изменено { $changed }, перенесено { $moved }, перекрашено { $recoloured }, гипотез с различиями { $cards }
diff-summary-method = различий в методе курса (связи, профили сегментов, социальное предприятие, описание): { $count }
merge-only-bad = --only { $text }: ожидался id заметки (число) или card:ID
merge-not-a-file = { $path }: merge записывает модель обратно; ожидался файл .ron или .md, а не папка
merge-partly-read = { $path }: файл прочитан не полностью (см. предупреждения выше); сначала преобразуйте его в .ron
merge-canvas = { $path }: файл .canvas не хранит гипотезы; сначала преобразуйте его в .ron
merge-markdown-differs = { $path }: Holst записал бы этот Markdown иначе; сначала преобразуйте его в .ron (`holst convert`)
merge-locked = { $path } открыт в окне Holst{ $pid }; сначала сохраните его там и закройте
merge-same-version = --from и --into называют одну версию «{ $version }»; ожидались две разные
merge-only-unknown = --only { $what }: ни одно различие между «{ $a }» и «{ $b }» его не касается
merge-nothing = из «{ $a }» в «{ $b }» переносить нечего; { $path } не записан
merge-dry-run = пробный запуск: из «{ $a }» в «{ $b }» { $count ->
    [one] было бы перенесено { $count } различие
    [few] было бы перенесено { $count } различия
   *[other] было бы перенесено { $count } различий
}; { $path } не записан
merge-wrote = записан { $path }: из «{ $a }» в «{ $b }» { $count ->
    [one] перенесено { $count } различие
    [few] перенесено { $count } различия
   *[other] перенесено { $count } различий
}
item-profile-field = поле профиля сегмента { $id }
item-social-field = поле социального предприятия «{ $field }»
limit-model-description = в описании модели { $count } { $count ->
    [one] символ
    [few] символа
   *[other] символов
} — больше предела в { $limit } символов для описания
invalid-tie-missing-note = версия «{ $version }»: в связях с сегментами указана заметка { $note }, которой нет в этой версии; ожидались id её заметок
invalid-tie-segment-note = версия «{ $version }»: заметка { $note } сама сегмент и не может быть привязана к сегментам; ожидались заметки других блоков
invalid-tie-empty = версия «{ $version }»: заметка { $note } привязана к пустому списку сегментов; ожидался хотя бы один id сегмента или никакой записи
invalid-tie-not-segment = версия «{ $version }»: заметка { $note } привязана к { $segment }, а это не заметка блока «Потребительские сегменты» этой версии; ожидались id заметок-сегментов
invalid-profile-missing-note = версия «{ $version }»: профиль сегмента указывает на заметку { $note }, которой нет в этой версии; ожидались id её заметок
invalid-profile-attribute-twice = версия «{ $version }»: в профиле сегмента { $note } признак «{ $attribute }» отмечен дважды; каждый признак — не больше одного раза

## Проверка холста (issue 16): тексты находок наши; цитата правила — из материалов курса.
checker-severity-problem = проблема
checker-severity-advice = совет
checker-quoted = «{ $text }»
checker-report-header = «{ $version }» — { $count } { $count ->
    [one] находка
    [few] находки
   *[other] находок
}
checker-report-notes = заметки
checker-report-rule = правило
checker-no_ties = Заметки не привязаны к сегментам: проверки связей с сегментами не выполнялись.
checker-R1_value_without_segment = Ценностное предложение «{ $note }» не обращено ни к одному сегменту.
checker-R2_segment_without_value = Сегменту «{ $segment }» не предложено ни одной ценности: считать его своим сегментом пока ошибка.
checker-R3_segment_without_channel = Для сегмента «{ $segment }» не указан ни один канал: как он узнает о предложении и купит его?
checker-R4_segment_without_relationship = Для сегмента «{ $segment }» не определены взаимоотношения.
checker-R5_client_segment_without_revenue = Сегмент «{ $segment }» не приносит дохода: за что он будет платить? Если он не платит, отметьте его как бенефициаров.
checker-R6_revenue_without_segment = Доход «{ $note }» не связан ни с одним сегментом: кто за это платит?
checker-R7_relationship_or_channel_without_segment = «{ $note }» не привязано ни к одному сегменту.
checker-R8_segments_indistinguishable = Сегменты «{ $a }» и «{ $b }» не различаются ни предложением, ни каналами, ни отношениями, ни доходами: по правилу курса это один сегмент. Объедините их или покажите, чем они различаются.
checker-R9_empty_block = Блок «{ $block }» пуст. { $key-question }
checker-R10_costs_before_their_causes = Издержки заполнены раньше блоков, из которых они складываются: { $blocks } пока пусты. Блок издержек заполняется последним.
checker-R11_relationships_before_segments = Взаимоотношения описаны, а сегменты нет: с кем эти отношения?
checker-R12_segments_without_priority = У сегментов не указан приоритет: на каких сосредоточить усилия?

## Разделы Markdown для метода курса (issue 16)
md-unknown-key = неизвестный ключ `{ $key }`; ожидался один из: { $keys }
md-unknown-value = `{ $value }` — не известное Holst значение { $key }; ожидалось одно из: { $values }
md-segment-unknown = профиль сегмента называет «{ $text }», но ни в одной заметке блока «Потребительские сегменты» этой версии нет такого текста; профиль пропущен
md-tie-unknown = у сегмента «{ $segment }» привязана «{ $text }», но ни в одной заметке других блоков этой версии нет такого текста; связь пропущена

## Метод курса в окне (issue 16)
guidance-questions = Вопросы курса
guided-mode = Пошаговый режим
guided-step = Блок { $n } из { $of } в порядке курса
guided-step-social = Блок { $n } из { $of }: порядок курса, два блока канвы социального предприятия поставлены нами
guided-step-lean = Блок { $n } из { $of } в порядке Lean Canvas (по Эшу Мауре; для неё курс порядка не дает)
guided-back = ← Назад
guided-next = Далее →
guided-close = Закрыть
checker-panel = Проверка холста
checker-hint = Холст по правилам курса. Щёлкните находку, чтобы выделить её заметки.
checker-none = Замечаний нет: холст следует правилам курса.
segment-panel = Сегменты и связи
segment-select-one = Выделите одну заметку: сегмент — чтобы описать его, заметку другого блока — чтобы указать, каким сегментам она служит.
segment-profile-edit = Изменить профиль сегмента
segment-ties = Служит сегментам
segment-tie = Привязать заметку к сегменту
segment-no-segments = На холсте пока нет ни одного потребительского сегмента.
segment-unset = —
compare-tie-added = связь добавлена
compare-tie-removed = связь удалена
compare-profile-changed = профиль изменён
compare-social-changed = социальное предприятие изменено
compare-description-changed = описание изменено
compare-version-group = Версия в целом
about-version = Описания и социальное предприятие…
about-version-title = О версии «{ $version }»
about-model-description = Описание модели
about-version-description = Описание версии
about-social = Версия как социальное предприятие
about-not-in-seed = нет в курсе
about-apply = Применить

## Совместная работа: общие модели, сервер синхронизации, `holst serve` и `holst sync`

sync-unreadable = в общем документе есть то, что Holst не может прочитать, в { $place }: { $detail }
sync-expected = ожидалось: { $what }, найдено: { $found }
sync-place-document = документе
sync-what-map = словарь (map)
sync-what-text = текст
sync-what-method = данные метода версии (профили сегментов, связи, социальное предприятие) в формате RON
sync-what-number = конечное число
sync-what-position = координата в пределах ±3.4e38
sync-what-one-of = одна из строк { $list }
sync-what-note-id = id заметки строкой
sync-what-note-ids = список id заметок
sync-what-schema = "holst/1": это не модель Holst или модель из более новой версии Holst
sync-what-final = id версии строкой или null
sync-what-id-key = id в качестве ключа: целое число от 0 до 2^53 − 1
sync-what-model = модель Holst
sync-found-nothing = ничего
sync-found-map = словарь (map)
sync-found-list = список
sync-found-text = текст «{ $text }»
sync-found-string = строка "{ $text }"
sync-found-number = число { $number }
sync-found-bool = { $value }
sync-found-null = null
sync-found-bytes = двоичные данные, { $count } { $count ->
    [one] байт
    [few] байта
   *[other] байт
}
sync-found-other = значение другого типа
sync-automerge = общий документ не удалось изменить: { $error }
sync-op = шаг не подходит к общей модели: { $error }
sync-saved = сохранённая копия общего документа повреждена ({ $error }); подключитесь без неё
sync-invalid = модель неверна: { $error }
sync-internal = внутренняя ошибка: { $error }
sync-stopped = сеанс совместной работы остановлен
sync-no-thread = не удалось запустить поток синхронизации: { $error }
sync-unreachable = сервер синхронизации { $server } недоступен: { $why }
sync-why-timeout = нет соединения за { $seconds } с
sync-why-closed = соединение закрылось
sync-why-no-copy = нет соединения и нет сохранённой копии документа
sync-no-document = на сервере синхронизации { $server } нет документа { $document }
sync-not-taken = сервер синхронизации { $server } не принял документ за { $seconds } с
sync-not-finished = сервер синхронизации { $server } не закончил синхронизацию за { $seconds } с
sync-offline = нет соединения
sync-share-file = { $error }; ожидалось (server: "ws://host:port/", document: "automerge:…")
sync-doc-not-file = это не обычный файл; ожидался документ Automerge этой модели
sync-doc-too-big = { $size } байт — больше предела в { $limit } байт
sync-doc-unreadable = это не читаемый документ Automerge ({ $error }); файл оставлен как есть
link-not-a-link = «{ $text }» — не ссылка на общую модель; ожидался адрес сервера, `#` и документ, например ws://host:3030/#automerge:4Qz…
link-not-a-server = «{ $text }» — не адрес сервера ({ $error }); ожидалось ws://host:port/
link-wss = «{ $text }»: шифрованные соединения (wss://) пока не поддерживаются; используйте ws:// в доверенной сети, VPN или SSH-туннель
link-not-ws = «{ $text }» — не адрес сервера синхронизации; ожидалось ws://host:port/
link-not-a-document = «{ $text }» — не id документа; ожидалось automerge:… как в ссылке
repair-kept-both = двое создали { $kind ->
    [version] версии
    [card] карточки гипотез
   *[note] заметки
} с одним id { $id }: обе сохранены, вторая получила id { $new }
repair-legend-joined = значение цвета «{ $colour }» задали двое: оба значения сохранены
repair-link-dropped = карточка { $card } ссылалась на заметку { $note }, которую удалили: ссылка снята
repair-note-moved = заметка { $note } была в блоке «{ $from }», которого нет в макете: перенесена в «{ $to }»
repair-note-placed = заметка { $note } была вне своего блока: перенесена в блок
repair-final-cleared = итоговую версию { $version } удалили: итоговой версии больше нет
repair-version-added = все версии удалили: создана пустая версия
adopt-title = название «{ $file }» в файле отличается от общего «{ $shared }»; оставлено общее
adopt-note = версия «{ $version }»: заметка { $id } в файле и в общей модели разная; сохранены обе, заметка из файла получила id { $new }
adopt-card = версия «{ $version }»: карточка гипотезы { $id } в файле и в общей модели разная; сохранены обе, карточка из файла получила id { $new }
# The first line `holst serve` prints is read by scripts and tests: the same in every language.
serve-listening = listening on { $url }
serve-every-network = во всех сетях этого компьютера: другие подключаются к ws://<имя или адрес этого компьютера>:{ $port }/
serve-documents = документы в { $dir }
serve-anyone = любой, у кого есть ссылка на документ, может читать и менять его; Ctrl-C останавливает сервер
serve-stopped = остановлен
serve-failed = не удалось запустить сервер на { $address } с документами в { $dir }
serve-no-data-dir = в этой системе нет папки данных; укажите --data ПАПКА
sync-only-ron = { $file }: holst sync работает с моделями .ron; ожидался файл .ron (сначала преобразуйте .md)
sync-other-document = { $share } называет документ { $named }, а не { $wanted }; удалите его и { $doc }, чтобы синхронизироваться с { $wanted }
sync-no-share-file = рядом с { $doc } нет файла { $share }, который говорит, какой это документ; укажите --doc
sync-no-file = { $file } не существует; укажите --doc, чтобы получить в него общую модель
sync-refused = { $error }; ничего не записано
sync-done = { $file } синхронизирован ({ $versions } { $versions ->
    [one] версия
    [few] версии
   *[other] версий
}, { $notes } { $notes ->
    [one] заметка
    [few] заметки
   *[other] заметок
}) с { $link }

## Окно редактора: совместная работа

share = Поделиться…
open-shared = Открыть общую модель…
share-title = Поделиться моделью
share-body = Правки передаются через сервер синхронизации (например, `holst serve` на компьютере команды). Любой, у кого есть ссылка, может читать и менять модель: отправляйте её только тем, кому нужно.
share-server = Сервер:
share-start = Поделиться
share-link = Отправьте эту ссылку остальным:
share-copy = Скопировать ссылку
share-copied = Ссылка скопирована
open-shared-title = Открыть общую модель
open-shared-body = Вставьте ссылку, которую вам прислали (ws://host:3030/#automerge:…).
open-shared-link = Ссылка:
join = Открыть
share-failed = Не удалось поделиться моделью: { $error }
join-failed = Не удалось открыть общую модель: { $error }
sync-failed = Совместная работа прервалась: { $error }
share-status-synced = общая: всё согласовано
share-status-syncing = общая: синхронизация…
share-status-connecting = общая: подключение…
share-status-offline = общая: нет связи
share-others = вместе с { $names }
share-alone = больше никого
share-sidecar-failed = Модель сохранена, но её общий документ не удалось записать рядом: { $error }
work-offline = Работать без сети / подключиться снова
connecting = Подключение к серверу синхронизации…
fb-open-title = Открыть модель
fb-save-title = Сохранить модель как
fb-export-title = Куда экспортировать
fb-file-name = Имя файла или путь:
fb-up = ↑ Вверх
fb-home = Домашняя папка
fb-places = Недавние папки
fb-all-files = Показать все файлы
fb-open = Открыть
fb-choose = Выбрать
fb-why = Системное окно выбора файла недоступно: { $reason } Holst показывает свой обзор файлов. Для системного окна установите xdg-desktop-portal с модулем GTK или KDE либо zenity.
fb-keys = ↑↓ выбор, Enter открыть, Backspace в пустом имени — на папку выше, Esc — отмена. Можно ввести путь (~/файл.ron).
fb-no-such-file = Файла { $path } нет; ожидался существующий файл .ron, .md или .canvas.
fb-no-such-folder = Папки { $path } нет; ожидалась существующая папка.
fb-replace = { $path } уже есть. Нажмите кнопку ещё раз, чтобы заменить его.
fb-unreadable = Папку { $path } не прочитать.
fb-empty = Подходящих файлов здесь нет.
no-native-dialog = на сессионной шине нет портала рабочего стола, и zenity не установлен.
native-dialog-failed = системное окно выбора файла сразу закрылось (ошибка).
open-external-failed = Не удалось запустить xdg-open (пакет xdg-utils), чтобы открыть файл
export-destination = Куда:
browse = Обзор…
export-over-model = { $path } — это экспортируемая модель; запись туда уничтожила бы её. Ожидалось другое имя файла.
open-exported = Открыть файл
open-exported-folder = Открыть папку
drop-not-model = «{ $name }» — не модель; Holst открывает файлы .ron, .md и .canvas.
recent-missing = Файлов больше нет, убраны из недавних: { $names }
