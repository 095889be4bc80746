import type { rotate as Source } from '../en-US/rotate.js';
import type { Translation } from '../translation.js';

/** Spanish (Spain) words of the `rotate` area (see ../en-US/rotate.ts). */
export const rotate: Translation<typeof Source> = {
  noBackupsAllowed:
    '{{server}} no tiene permitida ninguna copia de seguridad (su límite de copias de seguridad es 0). Pide a un administrador del panel que aumente el límite.',
  reached: '{{server}} ha alcanzado su límite de copias de seguridad ({{used}} de {{limit}}).',
  wouldDelete:
    '{{atLimit}} Para hacer sitio habría que eliminar su copia de seguridad no bloqueada más antigua. {{reason}}',
  allLocked:
    '{{atLimit}} Todas las copias de seguridad que cuentan para el límite están bloqueadas, así que no puedo eliminar ninguna para hacer sitio. Elimina una copia de seguridad que ya no necesites (desbloquéala primero si está bloqueada) y vuelve a intentarlo.',
  allLockedOrRunning:
    '{{atLimit}} Todas las copias de seguridad que cuentan para el límite están bloqueadas o todavía en curso, así que no puedo eliminar ninguna para hacer sitio. Elimina una copia de seguridad que ya no necesites (desbloquéala primero si está bloqueada) y vuelve a intentarlo.',
  throttled:
    '{{atLimit}} {{throttled}} No se ha eliminado nada: hacer sitio ahora supondría perder la copia de seguridad más antigua sin tener una nueva.',
  scheduleRunning:
    '{{atLimit}} Una programación de copias de seguridad de este servidor ({{schedule}}) se está ejecutando y, al llegar al límite, elimina por sí misma la copia de seguridad no bloqueada más antigua. No se ha eliminado nada: vuelve a intentarlo dentro de un par de minutos. (Si pasados unos minutos sigue apareciendo este mensaje, puede que la programación esté atascada: pausarla y reanudarla lo soluciona).',
  scheduleDue:
    '{{atLimit}} Una programación de copias de seguridad de este servidor ({{schedule}}) está a punto de ejecutarse y, al llegar al límite, elimina por sí misma la copia de seguridad no bloqueada más antigua. No se ha eliminado nada: vuelve a intentarlo dentro de un par de minutos.',
  roomMade:
    'Se ha liberado sitio en {{server}} justo cuando lo pedías, así que no hace falta eliminar nada: vuelve a ejecutar `/backup create`.',
  ask: {
    created: 'creada {{when}}, el {{date}}',
    createdSized: 'creada {{when}}, el {{date}}, {{size}}',
    newNamed: 'la nueva copia de seguridad {{backup}}',
    newUnnamed: 'una nueva copia de seguridad',
    question:
      '¿**Eliminar la copia de seguridad no bloqueada más antigua** {{backup}} ({{created}}) **y crear** {{newOne}}?',
    cannotUndo:
      '• La copia de seguridad eliminada no se puede recuperar; las copias bloqueadas nunca se tocan.',
    confirm: 'Eliminar la más antigua y crear',
  },
  sinceAsked: '⚠️ Desde que te lo pregunté, {{change}}. No se ha eliminado nada.',
  changed: {
    gone: 'la copia de seguridad {{backup}} ya no existe (se eliminó mientras tanto), así que la copia no bloqueada más antigua es ahora otra',
    locked:
      'la copia de seguridad {{backup}} se ha bloqueado, así que la copia no bloqueada más antigua es ahora otra',
    notOldest: 'la copia de seguridad {{backup}} ya no es la copia no bloqueada más antigua',
  },
  refusal: {
    what: 'la eliminación de la copia de seguridad {{backup}} en {{server}} para hacer sitio a una nueva',
    nothingDone: 'no se ha eliminado nada',
    checkHint: 'revisa las copias de seguridad en el panel',
  },
  originDeleted:
    '♻️ Se ha hecho sitio eliminando la copia de seguridad no bloqueada más antigua, {{backup}} (creada el {{date}}).',
  originMeanwhile: '📦 Mientras tanto se liberó sitio, así que no se ha eliminado nada.',
  auditDeleted:
    '♻️ {{member}} ha eliminado la copia de seguridad {{backup}} en {{server}} para hacer sitio (límite {{limit}}) y ha iniciado la copia de seguridad {{started}}.',
  auditMeanwhile:
    '📦 {{member}} ha iniciado la copia de seguridad {{started}} en {{server}} (mientras tanto se liberó sitio, no se ha eliminado nada).',
  notCreatedUnknown:
    '⚠️ La copia de seguridad {{backup}} **se ha eliminado** en {{server}} para hacer sitio, pero el panel no respondió cuando le pedí la nueva copia, así que puede que se haya creado o no: revisa `/backup list`. {{why}}',
  notCreated:
    '⚠️ La copia de seguridad {{backup}} **se ha eliminado** en {{server}} para hacer sitio, pero la nueva copia **no se ha creado**: {{why}}',
  auditNotCreatedUnknown:
    '⚠️ {{member}} ha eliminado la copia de seguridad {{backup}} en {{server}} para hacer sitio, pero puede que la nueva copia no se haya creado (el panel no respondió).{{reason}}',
  auditNotCreated:
    '⚠️ {{member}} ha eliminado la copia de seguridad {{backup}} en {{server}} para hacer sitio, pero la nueva copia no se ha creado.{{reason}}',
};
