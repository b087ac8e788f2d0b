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
cli-check-ok = { $file }: в порядке, «{ $title }», { $versions } { $versions ->
    [one] версия
    [few] версии
   *[other] версий
}, { $notes } { $notes ->
    [one] заметка
    [few] заметки
   *[other] заметок
}
cli-diff-summary = «{ $a }» → «{ $b }»: добавлено { $added }, удалено { $removed }, изменено { $changed }, перенесено { $moved }, перекрашено { $recoloured }
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
