import type { backup as Source } from '../en-US/backup.js';
import type { Translation } from '../translation.js';

/** Spanish (Spain) words of the `backup` area (see ../en-US/backup.ts). */
export const backup: Translation<typeof Source> = {
  size: {
    bytes: '{{value}} B',
    kibibytes: '{{value}} KiB',
    mebibytes: '{{value}} MiB',
    gibibytes: '{{value}} GiB',
    tebibytes: '{{value}} TiB',
  },
  age: {
    seconds_one: 'hace {{count}} s',
    seconds_many: 'hace {{count}} s',
    seconds_other: 'hace {{count}} s',
    minutes_one: 'hace {{count}} min',
    minutes_many: 'hace {{count}} min',
    minutes_other: 'hace {{count}} min',
    hours_one: 'hace {{count}} h',
    hours_many: 'hace {{count}} h',
    hours_other: 'hace {{count}} h',
    days_one: 'hace {{count}} d',
    days_many: 'hace {{count}} d',
    days_other: 'hace {{count}} d',
  },
  duration: {
    seconds: '{{seconds}} s',
    minutes: '{{minutes}} min {{seconds}} s',
    hours: '{{hours}} h {{minutes}} min',
  },
  state: {
    inProgress: '⏳ en curso',
    completed: '✅ completada',
    failed: '❌ fallida',
  },
  field: {
    state: 'Estado',
    locked: 'Bloqueada',
    size: 'Tamaño',
    created: 'Creada',
    completed: 'Completada',
    took: 'Duración',
    scheduled: 'Programada',
    checksum: 'Suma de verificación',
    ignoredFiles: 'Archivos excluidos',
    uuid: 'UUID',
  },
  value: {
    yes: 'sí',
    lockedYes: '🔒 sí',
    no: 'no',
    notYet: 'todavía no',
    none: 'ninguno',
  },
  choice: {
    label: '{{name}} · {{detail}} · {{age}}',
    labelLocked: '{{name}} · {{detail}} · {{age}} · bloqueada',
    inProgress: 'en curso',
    failed: 'fallida',
  },
  scheduleChoice: {
    active: '{{name}} — {{rule}}',
    paused: '{{name}} — {{rule}} (en pausa)',
  },
  list: {
    title: 'Copias de seguridad de {{server}}',
    used_one: '{{used}} de {{count}} copia de seguridad en uso',
    used_many: '{{used}} de {{count}} copias de seguridad en uso',
    used_other: '{{used}} de {{count}} copias de seguridad en uso',
    keptDisabled_one:
      '{{count}} copia de seguridad conservada · las copias de seguridad están desactivadas en este servidor (límite 0)',
    keptDisabled_many:
      '{{count}} copias de seguridad conservadas · las copias de seguridad están desactivadas en este servidor (límite 0)',
    keptDisabled_other:
      '{{count}} copias de seguridad conservadas · las copias de seguridad están desactivadas en este servidor (límite 0)',
    summary: '**{{used}}** · {{size}} en total',
    nextOut: '♻️ la próxima que se eliminará cuando una programación se ejecute al llegar al límite',
    empty: 'Todavía no hay copias de seguridad. Crea una con `/backup create`.',
    footer: '{{used}} · página {{page}} de {{pages}} · {{server}}',
    previous: 'Anterior',
    next: 'Siguiente',
  },
  created: {
    title: 'Copia de seguridad {{backup}}',
    inProgress: '⏳ En curso: actualizaré este mensaje cuando el panel indique que ha terminado.',
    waiting:
      '⏳ Lleva {{duration}} en curso: esperando a que el panel indique que ha terminado (última comprobación: {{checked}}).',
    lockRefused:
      '⚠️ El panel la ha creado sin bloquear: para bloquearla hace falta el permiso `backup.delete`.',
    completed: '✅ Completada.',
    failed:
      '❌ La copia de seguridad ha fallado en el nodo. No cuenta para el límite; puedes volver a intentarlo.',
    dmCompleted: '✅ Completada ({{size}}).',
    dmCompletedIn: '✅ Completada ({{size}} en {{duration}}).',
    dm: 'Copia de seguridad {{backup}} en {{server}}: {{news}}',
    deadline:
      '⏳ Tras {{duration}}, el panel sigue indicando que esta copia de seguridad está en curso, así que he dejado de seguirla. Revísala con `/backup info`.',
    followFailed:
      '⚠️ No he podido seguir esta copia de seguridad hasta el final: {{message}}\nRevísala más tarde con `/backup info`.',
    auditStarted: '📦 {{member}} ha iniciado la copia de seguridad {{backup}} en {{server}}.',
    auditCompleted:
      '📦 La copia de seguridad {{backup}} en {{server}} (iniciada por {{member}}) se ha completado ({{size}}).',
    auditFailed: '📦 La copia de seguridad {{backup}} en {{server}} (iniciada por {{member}}) ha fallado.',
    auditUnknown:
      '📦 La copia de seguridad {{backup}} en {{server}} (iniciada por {{member}}): no he podido seguirla hasta el final, así que aquí no se sabe cómo ha terminado.',
  },
  download: {
    inProgress:
      'La copia de seguridad {{backup}} todavía está en curso: descárgala cuando se haya completado.',
    failed: 'La copia de seguridad {{backup}} ha fallado, así que no hay ningún archivo que descargar.',
    expiresAt: 'Caduca {{expires}} ({{time}}).',
    expiresSoon: 'Caduca en unos minutos.',
    link: '🔗 Enlace de descarga de {{backup}} ({{size}}) en {{server}}.\nEl enlace funciona **una sola vez** y solo tú puedes verlo. {{expiry}}',
    button: 'Descargar',
    archiveLink: '**[⬇️ Descargar el archivo]({{url}})**',
    audit:
      '🔗 {{member}} ha obtenido un enlace de descarga de la copia de seguridad {{backup}} en {{server}}.',
  },
  lock: {
    locked:
      '🔒 La copia de seguridad {{backup}} en {{server}} ahora está **bloqueada**: no se puede eliminar hasta que se desbloquee.',
    unlocked:
      '🔓 La copia de seguridad {{backup}} en {{server}} ahora está **desbloqueada**: se puede eliminar.',
    auditLocked: '🔒 {{member}} ha bloqueado la copia de seguridad {{backup}} en {{server}}.',
    auditUnlocked: '🔓 {{member}} ha desbloqueado la copia de seguridad {{backup}} en {{server}}.',
  },
  delete: {
    question:
      '🗑️ ¿**Eliminar** la copia de seguridad {{backup}}, creada el {{created}}, de {{server}}?\n• Esta acción no se puede deshacer.',
    questionWithSize:
      '🗑️ ¿**Eliminar** la copia de seguridad {{backup}} ({{size}}), creada el {{created}}, de {{server}}?\n• Esta acción no se puede deshacer.',
    confirm: 'Eliminar',
    deleted: '🗑️ La copia de seguridad {{backup}} se ha eliminado de {{server}}.',
    audit: '🗑️ {{member}} ha eliminado la copia de seguridad {{backup}} de {{server}}.',
    refusal: {
      what: 'la eliminación de la copia de seguridad {{backup}} en {{server}}',
      nothingDone: 'no se ha eliminado nada',
      checkHint: 'revisa la copia de seguridad en el panel',
    },
  },
  rename: {
    cannot:
      'Este panel no puede renombrar copias de seguridad: renombrar es una función de Pelican, y Pterodactyl no tiene esa acción. Para tener una copia de seguridad con otro nombre, crea una nueva con `/backup create name:…`.',
    blank: 'Ponle a la copia de seguridad un nombre que no sean solo espacios.',
    unchanged: 'La copia de seguridad {{backup}} en {{server}} ya tiene ese nombre. No se ha cambiado nada.',
    renamed: '✏️ La copia de seguridad {{backup}} en {{server}} ahora se llama {{renamed}}.',
    audit: '✏️ {{member}} ha renombrado la copia de seguridad {{backup}} en {{server}} a {{renamed}}.',
  },
  check: {
    pickBackup:
      'Elige la copia de seguridad de la lista que sugiere la opción `backup` (hace falta el UUID de la copia).',
    missingPermission:
      'Tu cuenta del panel no tiene el permiso `{{permission}}` en el servidor `{{server}}`. Pide al propietario del servidor que te lo conceda.',
    notRestorable:
      'La copia de seguridad {{backup}} todavía está en curso: se podrá restaurar cuando se haya completado.',
    locked:
      'La copia de seguridad {{backup}} está bloqueada, así que no se puede eliminar. Desbloquéala primero con `/backup lock` y después elimínala.',
  },
};
