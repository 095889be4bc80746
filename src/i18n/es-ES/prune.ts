import type { prune as Source } from '../en-US/prune.js';
import type { Translation } from '../translation.js';

/** Spanish (Spain) words of the `prune` area (see ../en-US/prune.ts). */
export const prune: Translation<typeof Source> = {
  badAge:
    '`older-than` acepta una antigüedad como `12h`, `7d` o `2w` (m minutos, h horas, d días, w semanas; hasta 10 años), y {{value}} no es una antigüedad válida.',
  badKeep:
    '`keep` acepta un número entero de 1 a 1000: cuántas de las copias de seguridad más recientes conservar.',
  noCriteria:
    'Indica qué limpiar: `keep` (cuántas de las copias de seguridad más recientes conservar), `older-than` (una antigüedad como `7d`) o `failed-only`.',
  criteria: {
    failedOnly: 'solo fallidas',
    olderThan: 'más antiguas que {{age}}',
    keeping_one: 'conservando la más reciente',
    keeping_many: 'conservando las {{count}} más recientes',
    keeping_other: 'conservando las {{count}} más recientes',
  },
  failed: '❌ fallida',
  spared: {
    locked: '🔒 bloqueada',
    inProgress: '⏳ todavía en curso',
    lastSuccessful: '✅ la última copia de seguridad realizada con éxito',
  },
  noBackups: '{{server}} no tiene copias de seguridad, así que no hay nada que limpiar.',
  nothingMatches: 'No hay nada que limpiar en {{server}} ({{criteria}}), así que no se eliminaría nada.',
  sparedTitle: '**Se conservan** (coinciden, pero se quedan):',
  toDeleteTitle: '**Se eliminarán**',
  question_one:
    '🧹 ¿**Eliminar {{count}} copia de seguridad** en {{server}} ({{criteria}})?\n• No se podrá recuperar. La eliminaré e informaré del resultado.',
  question_many:
    '🧹 ¿**Eliminar {{count}} copias de seguridad** en {{server}} ({{criteria}})?\n• No se podrán recuperar. Las eliminaré una por una e informaré de cada una.',
  question_other:
    '🧹 ¿**Eliminar {{count}} copias de seguridad** en {{server}} ({{criteria}})?\n• No se podrán recuperar. Las eliminaré una por una e informaré de cada una.',
  confirm_one: 'Eliminar {{count}} copia de seguridad',
  confirm_many: 'Eliminar {{count}} copias de seguridad',
  confirm_other: 'Eliminar {{count}} copias de seguridad',
  refusal: {
    what_one: 'la limpieza de {{count}} copia de seguridad en {{server}} ({{criteria}})',
    what_many: 'la limpieza de {{count}} copias de seguridad en {{server}} ({{criteria}})',
    what_other: 'la limpieza de {{count}} copias de seguridad en {{server}} ({{criteria}})',
    nothingDone: 'no se ha eliminado nada',
    checkHint: 'revisa las copias de seguridad en el panel',
  },
  noneLeft:
    'No se ha eliminado nada: desde que lo pediste, ya no se puede limpiar ninguna de esas copias de seguridad.',
  leftAloneTitle: '**Sin tocar**',
  line: '• {{backup}} — {{why}}',
  deleting_one: '🧹 Eliminando {{count}} copia de seguridad en {{server}}…',
  deleting_many: '🧹 Eliminando {{count}} copias de seguridad en {{server}}, una por una…',
  deleting_other: '🧹 Eliminando {{count}} copias de seguridad en {{server}}, una por una…',
  slowingDown:
    '🧹 Eliminando en {{server}}: {{deleted}} de {{count}} eliminadas. El panel me ha pedido que vaya más despacio, así que espero {{seconds}} s antes de continuar…',
  restarting: 'el bot se está reiniciando.',
  noAnswer: 'el panel no respondió (puede que la copia se haya eliminado): {{why}}',
  leftAlone: {
    gone: 'ya no existe',
    locked: 'bloqueada desde entonces',
    lastSuccessful: 'ahora es la última copia de seguridad realizada con éxito',
    noLongerMatches: 'ya no coincide',
  },
  report: {
    deleted: '**eliminadas: {{count}}**',
    failed: 'fallidas: {{count}}',
    notDeleted: 'no eliminadas: {{count}}',
    head: '{{icon}} Limpieza de {{server}} ({{criteria}}) — {{counts}}.',
    deletedTitle: '**Eliminadas**',
    failedTitle: '**Fallidas**',
    stoppedTitle: '**No eliminadas**: he parado — {{why}}',
    leftAloneTitle: '**Sin tocar** (han cambiado desde que lo pediste)',
  },
  audit: {
    failed: 'fallidas: {{count}}',
    notDeleted: 'no eliminadas: {{count}} (la limpieza se detuvo)',
    line_one:
      '🧹 {{member}} ha limpiado {{server}} ({{criteria}}): {{count}} copia de seguridad eliminada{{more}}.',
    line_many:
      '🧹 {{member}} ha limpiado {{server}} ({{criteria}}): {{count}} copias de seguridad eliminadas{{more}}.',
    line_other:
      '🧹 {{member}} ha limpiado {{server}} ({{criteria}}): {{count}} copias de seguridad eliminadas{{more}}.',
  },
};
