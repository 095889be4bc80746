import type { restore as Source } from '../en-US/restore.js';
import type { Translation } from '../translation.js';

/** Spanish (Spain) words of the `restore` area (see ../en-US/restore.ts). */
export const restore: Translation<typeof Source> = {
  ask: {
    question: '♻️ ¿**Restaurar** la copia de seguridad {{backup}} (creada el {{created}}) en {{server}}?',
    truncate:
      '• **Primero se eliminan todos los archivos actuales** (truncate) y después se descomprime la copia de seguridad.',
    overwrite:
      '• Los archivos de la copia de seguridad sobrescriben los actuales; los que no están en la copia se conservan.',
    running:
      '• El servidor está en estado **{{state}}**: le enviaré la señal de parada, esperaré a que esté apagado y después restauraré la copia.',
    offline: '• El servidor está apagado.',
    failedBackup:
      '• ⚠️ Esta copia de seguridad **falló** al crearse: puede que los archivos restaurados estén incompletos.',
    confirmStop: 'Detener y restaurar',
    confirm: 'Restaurar',
  },
  startedMeanwhile:
    '{{server}} se inició después de que lo pidieras, así que esta confirmación ya no describe lo que pasaría. Vuelve a ejecutar `/backup restore`.',
  refusal: {
    what: 'la restauración de la copia de seguridad {{backup}} en {{server}}',
    nothingDone: 'no se ha restaurado nada',
    checkHint: 'revisa la copia de seguridad en el panel',
    maybeStopped: ' Puede que ya se haya enviado al servidor la señal de parada.',
  },
  progress:
    '♻️ Restaurando {{backup}} en {{server}}… ({{duration}} hasta ahora; esperando a que el panel indique que ha terminado)',
  finished:
    '✅ La restauración de {{backup}} en {{server}} ha terminado. El servidor está apagado: inícialo cuando quieras.',
  auditFinished: '♻️ La restauración de {{backup}} en {{server}} (por {{member}}) ha terminado.',
  deadline:
    '⏳ Tras {{duration}}, el panel sigue indicando que {{server}} está restaurando {{backup}}, así que he dejado de seguir la restauración. Revisa el servidor en el panel antes de iniciarlo.',
  followFailed:
    '⚠️ No he podido seguir la restauración de {{backup}} en {{server}} hasta el final: {{message}}\nPuede que la restauración siga en curso en el panel: revisa el servidor en el panel antes de iniciarlo.',
  auditFollowFailed:
    '♻️ La restauración de {{backup}} en {{server}} (por {{member}}): no he podido seguirla hasta el final, así que aquí no se sabe cómo ha terminado.',
  started:
    '♻️ Restaurando {{backup}} en {{server}}… Actualizaré este mensaje cuando el panel indique que ha terminado.',
  startedTruncated:
    '♻️ Restaurando {{backup}} en {{server}} (tras eliminar primero los archivos)… Actualizaré este mensaje cuando el panel indique que ha terminado.',
  auditStarted: {
    plain: '♻️ {{member}} ha iniciado la restauración de la copia de seguridad {{backup}} en {{server}}.',
    truncate:
      '♻️ {{member}} ha iniciado la restauración de la copia de seguridad {{backup}} en {{server}} (truncate).',
    stopped:
      '♻️ {{member}} ha iniciado la restauración de la copia de seguridad {{backup}} en {{server}} tras detener el servidor.',
    truncateStopped:
      '♻️ {{member}} ha iniciado la restauración de la copia de seguridad {{backup}} en {{server}} (truncate) tras detener el servidor.',
  },
  waitingToStop: '⏳ Esperando a que {{server}} se detenga antes de restaurar ({{duration}} hasta ahora)…',
  didNotStop:
    '{{server}} no se detuvo en {{duration}}, así que no se ha restaurado nada. Detenlo desde el panel y vuelve a intentarlo.',
  stopping: '⏹️ Enviando la señal de parada a {{server}}…',
};
