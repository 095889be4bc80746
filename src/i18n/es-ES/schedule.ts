import type { schedule as Source } from '../en-US/schedule.js';
import type { Translation } from '../translation.js';

/** Spanish (Spain) words of the `schedule` area (see ../en-US/schedule.ts). */
export const schedule: Translation<typeof Source> = {
  rule: {
    everyHours: 'cada {{hours}} horas',
    everyHoursPast: 'cada {{hours}} horas, en el minuto {{minute}}',
    everyDay: 'todos los días a las {{time}}',
    weekly: {
      sunday: 'todos los domingos a las {{time}}',
      monday: 'todos los lunes a las {{time}}',
      tuesday: 'todos los martes a las {{time}}',
      wednesday: 'todos los miércoles a las {{time}}',
      thursday: 'todos los jueves a las {{time}}',
      friday: 'todos los viernes a las {{time}}',
      saturday: 'todos los sábados a las {{time}}',
    },
    rawCron: 'según el cron `{{cron}}`',
    withZone: '{{rule}} ({{zone}})',
  },
  zone: {
    panel: 'hora del panel',
    utc: 'UTC',
    panelOffset: 'hora del panel, UTC{{offset}}',
  },
  defaultName: 'Copia de seguridad {{rule}}',
  when: {
    help: 'Elige una opción predefinida de la lista (cada 6 horas, cada 12 horas, a diario a una hora, semanal) o escribe una expresión cron de cinco campos: minuto hora día-del-mes mes día-de-la-semana (por ejemplo, `0 4 * * *` para las 04:00 todos los días).',
    notUnderstood: 'No entiendo esa programación. {{help}}',
    invalidCron: '`{{cron}}` no es una expresión cron válida ({{reason}}). {{help}}',
    doesNotParse: 'no se puede interpretar',
    neverRuns: '`{{cron}}` nunca se ejecuta (esa fecha no llega nunca). {{help}}',
    tooOften_one:
      '`{{cron}}` se ejecutaría cada minuto. Una programación de copias de seguridad puede ejecutarse como máximo una vez por hora: al llegar al límite de copias de seguridad, cada ejecución elimina la copia de seguridad no bloqueada más antigua.',
    tooOften_many:
      '`{{cron}}` se ejecutaría cada {{count}} minutos. Una programación de copias de seguridad puede ejecutarse como máximo una vez por hora: al llegar al límite de copias de seguridad, cada ejecución elimina la copia de seguridad no bloqueada más antigua.',
    tooOften_other:
      '`{{cron}}` se ejecutaría cada {{count}} minutos. Una programación de copias de seguridad puede ejecutarse como máximo una vez por hora: al llegar al límite de copias de seguridad, cada ejecución elimina la copia de seguridad no bloqueada más antigua.',
  },
  choice: {
    cron: '{{rule}} (cron {{cron}})',
    refused: '⚠️ {{reason}}',
    notASchedule: 'no es una programación',
  },
  label: '**{{name}}** (#{{id}})',
  notBackups:
    'La programación {{schedule}} no crea copias de seguridad (sus tareas envían comandos o acciones de energía), así que no se gestiona aquí. Cámbiala en el panel.',
  noBackupsAllowed:
    '{{server}} no tiene permitida ninguna copia de seguridad (su límite de copias de seguridad es 0), así que el panel rechaza una programación de copias de seguridad. Pide a un administrador del panel que aumente el límite.',
  atLimit:
    'Al llegar al límite de copias de seguridad ({{limit}}), cada ejecución elimina primero la copia de seguridad no bloqueada más antigua para hacer sitio. Si todas las copias de seguridad están bloqueadas, la ejecución falla y no se elimina nada.',
  state: {
    running: '⏳ ejecutándose ahora',
    active: '▶️ activa',
    paused: '⏸️ en pausa',
  },
  lines: {
    rule: '🗓️ {{rule}} · {{state}}',
    runs: 'Próxima ejecución: {{next}} · Última ejecución: {{last}}',
    nextAt: '{{at}} ({{relative}})',
    notPlanned: 'no prevista',
    paused: '— (en pausa)',
    never: 'nunca',
    onlyWhenOnline: 'Solo se ejecuta mientras el servidor está en línea.',
    leavesOut: 'Excluye: {{patterns}}',
  },
  create: {
    title: 'Programación de copias de seguridad {{name}}',
    created: '✅ Creada en {{server}}: {{rule}}.',
    firstRun: 'Primera ejecución: {{at}} ({{relative}}).',
    limitField: 'Al llegar al límite de copias de seguridad',
    used: 'Ahora hay {{used}} de {{limit}} en uso.',
    usedNextDeletes:
      'Ahora hay {{used}} de {{limit}} en uso. La próxima ejecución eliminaría {{backup}} (creada {{relative}}).',
    usedAllLocked:
      'Ahora hay {{used}} de {{limit}} en uso. Ahora mismo todas las copias de seguridad están bloqueadas, así que las ejecuciones fallarían hasta que se desbloquee o se elimine alguna.',
    footer: 'programación #{{id}} · {{server}}',
    audit: '🗓️ {{user}} creó la programación de copias de seguridad {{schedule}} en {{server}}: {{rule}}.',
    notRemoved:
      '{{reason}}\n⚠️ La programación {{schedule}} se creó sin su tarea de copia de seguridad y no pude eliminarla. Elimínala con `/backup schedule delete` o en el panel.',
    removed: '{{reason}}\nLa programación se eliminó de nuevo para no dejar nada a medias.',
  },
  list: {
    title: 'Programaciones de copias de seguridad de {{name}}',
    none: '{{server}} no tiene ninguna programación de copias de seguridad. Crea una con `/backup schedule create`.',
    summary_one: '{{count}} programación de copias de seguridad en {{server}}.',
    summary_many: '{{count}} programaciones de copias de seguridad en {{server}}.',
    summary_other: '{{count}} programaciones de copias de seguridad en {{server}}.',
    limitNote:
      'Al llegar al límite de copias de seguridad ({{limit}}), una ejecución elimina primero la copia de seguridad no bloqueada más antigua.',
    others_one:
      'No se muestra {{count}} programación más (comandos o acciones de energía, sin copia de seguridad).',
    others_many:
      'No se muestran {{count}} programaciones más (comandos o acciones de energía, sin copia de seguridad).',
    others_other:
      'No se muestran {{count}} programaciones más (comandos o acciones de energía, sin copia de seguridad).',
    andMore: 'Y más',
  },
  pause: {
    alreadyActive: 'La programación {{schedule}} en {{server}} ya está activa. No se ha cambiado nada.',
    alreadyPaused: 'La programación {{schedule}} en {{server}} ya está en pausa. No se ha cambiado nada.',
    resumed: '▶️ La programación {{schedule}} en {{server}} vuelve a estar **activa**: {{rule}}.',
    resumedNextRun:
      '▶️ La programación {{schedule}} en {{server}} vuelve a estar **activa**: {{rule}}. Próxima ejecución: {{at}} ({{relative}}).',
    paused:
      '⏸️ La programación {{schedule}} en {{server}} está **en pausa**: no crea copias de seguridad hasta que la reanudes con `/backup schedule resume`.',
    auditResumed: '▶️ {{user}} reanudó la programación de copias de seguridad {{schedule}} en {{server}}.',
    auditPaused: '⏸️ {{user}} pausó la programación de copias de seguridad {{schedule}} en {{server}}.',
  },
  delete: {
    question:
      '🗑️ ¿**Eliminar** la programación de copias de seguridad {{schedule}} ({{rule}}) de {{server}}?\n• Ya no creará copias de seguridad; las que ya creó se conservan.',
    confirm: 'Eliminar programación',
    deleted:
      '🗑️ La programación de copias de seguridad {{schedule}} se eliminó de {{server}}. Sus copias de seguridad se conservan.',
    audit: '🗑️ {{user}} eliminó la programación de copias de seguridad {{schedule}} de {{server}}.',
    what: 'eliminar la programación de copias de seguridad {{schedule}} en {{server}}',
    nothingDone: 'no se eliminó nada',
    checkHint: 'revisa la programación en el panel',
  },
  run: {
    rotated:
      'Al llegar al límite de copias de seguridad, el panel eliminó {{backups}} (la no bloqueada más antigua) para hacer sitio.',
    origin: '🗓️ Creada por la programación {{schedule}}, ejecutada ahora por {{user}}.',
    audit:
      '🗓️ {{user}} ejecutó la programación de copias de seguridad {{schedule}} en {{server}}: copia de seguridad {{backup}} iniciada.',
    offline:
      'La programación {{schedule}} solo se ejecuta mientras el servidor está en línea, y {{server}} está en estado **{{state}}**: el panel aceptaría la ejecución sin crear ninguna copia de seguridad. Inicia primero el servidor o crea ahora una copia de seguridad con `/backup create`.',
    nothingMade:
      '⚠️ El panel aceptó la ejecución de la programación {{schedule}} en {{server}}, pero no apareció ninguna copia de seguridad nueva.',
    skippedOffline:
      'La programación solo se ejecuta mientras el servidor está en línea: el panel omite la ejecución si ve el servidor apagado o deteniéndose.',
    skippedBusy:
      'El panel omite una ejecución mientras el servidor está suspendido, instalándose o restaurándose.',
    tryAgain: 'Revisa el servidor y vuelve a intentarlo (última comprobación {{relative}}).',
  },
};
