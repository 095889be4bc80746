import type { backup as Source } from '../en-US/backup.js';
import type { Translation } from '../translation.js';

/** Russian words of the `backup` area (see ../en-US/backup.ts). */
export const backup: Translation<typeof Source> = {
  size: {
    bytes: '{{value}} Б',
    kibibytes: '{{value}} КиБ',
    mebibytes: '{{value}} МиБ',
    gibibytes: '{{value}} ГиБ',
    tebibytes: '{{value}} ТиБ',
  },
  age: {
    seconds_one: '{{count}} с назад',
    seconds_few: '{{count}} с назад',
    seconds_many: '{{count}} с назад',
    seconds_other: '{{count}} с назад',
    minutes_one: '{{count}} мин назад',
    minutes_few: '{{count}} мин назад',
    minutes_many: '{{count}} мин назад',
    minutes_other: '{{count}} мин назад',
    hours_one: '{{count}} ч назад',
    hours_few: '{{count}} ч назад',
    hours_many: '{{count}} ч назад',
    hours_other: '{{count}} ч назад',
    days_one: '{{count}} день назад',
    days_few: '{{count}} дня назад',
    days_many: '{{count}} дней назад',
    days_other: '{{count}} дня назад',
  },
  duration: {
    seconds: '{{seconds}} с',
    minutes: '{{minutes}} мин {{seconds}} с',
    hours: '{{hours}} ч {{minutes}} мин',
  },
  state: {
    inProgress: '⏳ выполняется',
    completed: '✅ завершена',
    failed: '❌ не удалась',
  },
  field: {
    state: 'Состояние',
    locked: 'Заблокирована',
    size: 'Размер',
    created: 'Создана',
    completed: 'Завершена',
    took: 'Длительность',
    scheduled: 'По расписанию',
    checksum: 'Контрольная сумма',
    ignoredFiles: 'Исключённые файлы',
    uuid: 'UUID',
  },
  value: {
    yes: 'да',
    lockedYes: '🔒 да',
    no: 'нет',
    notYet: 'ещё нет',
    none: 'нет',
  },
  choice: {
    label: '{{name}} · {{detail}} · {{age}}',
    labelLocked: '{{name}} · {{detail}} · {{age}} · заблокирована',
    inProgress: 'выполняется',
    failed: 'не удалась',
  },
  scheduleChoice: {
    active: '{{name}} — {{rule}}',
    paused: '{{name}} — {{rule}} (приостановлено)',
  },
  list: {
    title: 'Резервные копии сервера {{server}}',
    used_one: 'Использовано {{used}} из {{count}} резервной копии',
    used_few: 'Использовано {{used}} из {{count}} резервных копий',
    used_many: 'Использовано {{used}} из {{count}} резервных копий',
    used_other: 'Использовано {{used}} из {{count}} резервной копии',
    keptDisabled_one:
      'Хранится {{count}} резервная копия · резервное копирование на этом сервере отключено (лимит 0)',
    keptDisabled_few:
      'Хранятся {{count}} резервные копии · резервное копирование на этом сервере отключено (лимит 0)',
    keptDisabled_many:
      'Хранится {{count}} резервных копий · резервное копирование на этом сервере отключено (лимит 0)',
    keptDisabled_other:
      'Хранится {{count}} резервной копии · резервное копирование на этом сервере отключено (лимит 0)',
    summary: '**{{used}}** · всего {{size}}',
    nextOut: '♻️ будет удалена следующей, когда расписание запустится при достигнутом лимите',
    empty: 'Резервных копий пока нет. Создайте первую с помощью `/backup create`.',
    footer: '{{used}} · страница {{page}} из {{pages}} · {{server}}',
    previous: 'Назад',
    next: 'Далее',
  },
  created: {
    title: 'Резервная копия {{backup}}',
    inProgress: '⏳ Выполняется — я обновлю это сообщение, когда панель сообщит о завершении.',
    waiting:
      '⏳ Выполняется уже {{duration}} — жду, когда панель сообщит о завершении (последняя проверка {{checked}}).',
    lockRefused: '⚠️ Панель создала её без блокировки: для блокировки нужно разрешение `backup.delete`.',
    completed: '✅ Завершена.',
    failed:
      '❌ На узле не удалось создать резервную копию. Она не учитывается в лимите; вы можете попробовать ещё раз.',
    dmCompleted: '✅ Завершена ({{size}}).',
    dmCompletedIn: '✅ Завершена ({{size}}, за {{duration}}).',
    dm: 'Резервная копия {{backup}} на сервере {{server}}: {{news}}',
    deadline:
      '⏳ Спустя {{duration}} панель всё ещё сообщает, что эта резервная копия создаётся, поэтому я больше её не отслеживаю. Проверьте её с помощью `/backup info`.',
    followFailed:
      '⚠️ Не удалось отследить эту резервную копию до конца: {{message}}\nПроверьте её позже с помощью `/backup info`.',
    auditStarted:
      '📦 Участником {{member}} запущено создание резервной копии {{backup}} на сервере {{server}}.',
    auditCompleted:
      '📦 Создание резервной копии {{backup}} на сервере {{server}} (запущено участником {{member}}) завершено ({{size}}).',
    auditFailed:
      '📦 Создание резервной копии {{backup}} на сервере {{server}} (запущено участником {{member}}) завершилось сбоем.',
    auditUnknown:
      '📦 Создание резервной копии {{backup}} на сервере {{server}} (запущено участником {{member}}): не удалось отследить его до конца, поэтому его результат здесь неизвестен.',
  },
  download: {
    inProgress: 'Резервная копия {{backup}} ещё создаётся: скачайте её, когда она будет завершена.',
    failed: 'Создание резервной копии {{backup}} завершилось сбоем, поэтому архива для скачивания нет.',
    expiresAt: 'Срок её действия истекает {{expires}} ({{time}}).',
    expiresSoon: 'Срок её действия истекает через несколько минут.',
    link: '🔗 Ссылка на скачивание резервной копии {{backup}} ({{size}}) с сервера {{server}}.\nСсылка работает **один раз**, и видите её только вы. {{expiry}}',
    button: 'Скачать',
    archiveLink: '**[⬇️ Скачать архив]({{url}})**',
    audit:
      '🔗 Участником {{member}} получена ссылка на скачивание резервной копии {{backup}} с сервера {{server}}.',
  },
  lock: {
    locked:
      '🔒 Резервная копия {{backup}} на сервере {{server}} теперь **заблокирована**: её нельзя удалить, пока она не будет разблокирована.',
    unlocked:
      '🔓 Резервная копия {{backup}} на сервере {{server}} теперь **разблокирована**: её можно удалить.',
    auditLocked: '🔒 Участником {{member}} заблокирована резервная копия {{backup}} на сервере {{server}}.',
    auditUnlocked:
      '🔓 Участником {{member}} разблокирована резервная копия {{backup}} на сервере {{server}}.',
  },
  delete: {
    question:
      '🗑️ **Удалить** резервную копию {{backup}}, созданную {{created}}, с сервера {{server}}?\n• Это действие нельзя отменить.',
    questionWithSize:
      '🗑️ **Удалить** резервную копию {{backup}} ({{size}}), созданную {{created}}, с сервера {{server}}?\n• Это действие нельзя отменить.',
    confirm: 'Удалить',
    deleted: '🗑️ Резервная копия {{backup}} удалена с сервера {{server}}.',
    audit: '🗑️ Участником {{member}} удалена резервная копия {{backup}} с сервера {{server}}.',
    refusal: {
      what: 'удаление резервной копии {{backup}} на сервере {{server}}',
      nothingDone: 'ничего не удалено',
      checkHint: 'проверьте резервную копию в панели',
    },
  },
  rename: {
    cannot:
      'Эта панель не умеет переименовывать резервные копии: переименование — функция Pelican, а в Pterodactyl такого действия нет. Чтобы получить резервную копию с другим именем, создайте новую с помощью `/backup create name:…`.',
    blank: 'Укажите для резервной копии имя, которое состоит не только из пробелов.',
    unchanged: 'У резервной копии {{backup}} на сервере {{server}} уже такое имя. Ничего не изменено.',
    renamed: '✏️ Резервная копия {{backup}} на сервере {{server}} теперь называется {{renamed}}.',
    audit:
      '✏️ Участником {{member}} резервная копия {{backup}} на сервере {{server}} переименована в {{renamed}}.',
  },
  check: {
    pickBackup:
      'Выберите резервную копию из списка, который предлагает параметр `backup` (нужен UUID резервной копии).',
    missingPermission:
      'У вашего аккаунта панели нет разрешения `{{permission}}` на сервере `{{server}}`. Попросите владельца сервера выдать его.',
    notRestorable: 'Резервная копия {{backup}} ещё создаётся: восстановить её можно будет после завершения.',
    locked:
      'Резервная копия {{backup}} заблокирована, поэтому её нельзя удалить. Сначала разблокируйте её с помощью `/backup lock`, затем удалите.',
  },
};
