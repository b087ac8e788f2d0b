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
export-pdf = Экспорт в PDF…
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
export-title = Экспорт в PDF
paper = Формат бумаги
versions = Версии
compare-on-page = Страница сравнения двух версий
export = Экспортировать…
exporting = Экспорт в PDF…
exported-to = PDF сохранён: { $path }
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
pdf-date = { $day }.{ $month }.{ $year }
pdf-final = (итоговая)
pdf-credit = Шаблон Business Model Canvas: Strategyzer AG, лицензия CC BY-SA 3.0
pdf-page-number = Стр. { $page } из { $total }
pdf-continued = Продолжение — на странице { $page } (приложение)
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

## Совместная работа: общие модели, сервер синхронизации, `holst serve` и `holst sync`

sync-unreadable = в общем документе есть то, что Holst не может прочитать, в { $place }: { $detail }
sync-expected = ожидалось: { $what }, найдено: { $found }
sync-place-document = документе
sync-what-map = словарь (map)
sync-what-text = текст
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
