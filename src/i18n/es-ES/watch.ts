import type { watch as Source } from '../en-US/watch.js';
import type { Translation } from '../translation.js';

/** Spanish (Spain) words of the `watch` area (see ../en-US/watch.ts). */
export const watch: Translation<typeof Source> = {
  event: {
    appeared: {
      bySchedule: {
        inProgress:
          '📦 La copia de seguridad {{backup}} en {{server}} la ha iniciado una programación; está en curso (iniciada {{started}}).',
        completed:
          '✅ La copia de seguridad {{backup}} en {{server}} la ha iniciado una programación y se ha completado: {{size}}.',
        completedIn:
          '✅ La copia de seguridad {{backup}} en {{server}} la ha iniciado una programación y se ha completado: {{size}} en {{duration}}.',
        failed:
          '❌ La copia de seguridad {{backup}} en {{server}} la ha iniciado una programación y ha fallado. {{why}}',
        failedAfter:
          '❌ La copia de seguridad {{backup}} en {{server}} la ha iniciado una programación y ha fallado tras {{duration}}. {{why}}',
      },
      notByMe: {
        inProgress:
          '📦 La copia de seguridad {{backup}} en {{server}} no la he iniciado yo, sino una programación o el panel; está en curso (iniciada {{started}}).',
        completed:
          '✅ La copia de seguridad {{backup}} en {{server}} no la he iniciado yo, sino una programación o el panel, y se ha completado: {{size}}.',
        completedIn:
          '✅ La copia de seguridad {{backup}} en {{server}} no la he iniciado yo, sino una programación o el panel, y se ha completado: {{size}} en {{duration}}.',
        failed:
          '❌ La copia de seguridad {{backup}} en {{server}} no la he iniciado yo, sino una programación o el panel, y ha fallado. {{why}}',
        failedAfter:
          '❌ La copia de seguridad {{backup}} en {{server}} no la he iniciado yo, sino una programación o el panel, y ha fallado tras {{duration}}. {{why}}',
      },
    },
    ended: {
      subject: {
        plain: 'La copia de seguridad {{backup}} en {{server}}',
        wasStuck: 'La copia de seguridad {{backup}} en {{server}}, que había señalado como atascada,',
        alreadyRunning:
          'La copia de seguridad {{backup}} en {{server}}, que ya estaba en curso cuando empecé a vigilar,',
      },
      completed: '✅ {{subject}} se ha completado: {{size}}.',
      completedIn: '✅ {{subject}} se ha completado: {{size}} en {{duration}}.',
      failed: '❌ {{subject}} ha fallado. {{why}}',
      failedAfter: '❌ {{subject}} ha fallado tras {{duration}}. {{why}}',
    },
    stuck: {
      noHistory:
        '⏳ La copia de seguridad {{backup}} en {{server}} parece atascada: lleva {{running}} en curso (no hay ninguna copia realizada con éxito de este servidor con la que comparar, así que considero atascada una copia tras {{threshold}}). El panel la marca como fallida tras 6 horas si el nodo nunca responde.',
      withHistory:
        '⏳ La copia de seguridad {{backup}} en {{server}} parece atascada: lleva {{running}} en curso (la más larga de las copias recientes realizadas con éxito de este servidor tardó {{longest}}; considero atascada una copia tras {{threshold}}). El panel la marca como fallida tras 6 horas si el nodo nunca responde.',
    },
    disappeared: {
      done: '🗑️ La copia de seguridad {{backup}} en {{server}} ya no está en el panel (eliminada, retirada por la rotación de una programación o limpiada).',
      whileInProgress:
        '🗑️ La copia de seguridad {{backup}} en {{server}} ha desaparecido del panel mientras seguía en curso (eliminada, retirada por la rotación de una programación o limpiada).',
    },
    restoreStarted:
      '♻️ Ha empezado una restauración en {{server}} que no he iniciado yo (el panel no dice de qué copia). El servidor no estará disponible hasta que termine.',
    restoreEnded: {
      startSeen:
        '♻️ La restauración en {{server}} ha terminado (el panel no dice si ha salido bien: revisa el servidor antes de iniciarlo).',
      startUnseen:
        '♻️ Se ha realizado en {{server}} una restauración que no he iniciado yo, y ya ha terminado (el panel no dice de qué copia ni si ha salido bien: revisa el servidor).',
    },
    late: '{{event}} (detectado tras un reinicio)',
  },
  failedWhy: {
    ranTooLong:
      'El panel la ha marcado como fallida porque seguía en curso tras 6 horas (no da ningún otro motivo).',
    noReason: 'El panel no da ningún motivo; el registro del nodo (wings) del servidor indica por qué.',
  },
  dm: {
    fromGuild: 'Desde **{{guild}}**: {{event}}',
    keyRefused:
      'Desde **{{guild}}**: he dejado de vigilar las copias de seguridad con tu clave del panel. {{reason}}',
    lostPermission:
      'Desde **{{guild}}**: tu cuenta del panel ya no tiene el permiso `backup.read` en {{server}}, así que ya no vigilo las copias de seguridad de ese servidor con tu clave (ni te envío MD sobre ellas). Pide al propietario del servidor que te lo conceda si quieres volver a recibir esos MD.',
    unknownGuild: 'un servidor de Discord',
  },
  notify: {
    on: '🔔 Te enviaré MD sobre las copias de seguridad de {{server}}: copias hechas sin mí (programaciones, el panel) y cómo terminan, copias atascadas y eliminadas, restauraciones. Desactívalo con `/backup notify state:off`.',
    notWatched:
      '⚠️ El panel aún no se vigila en este servidor de Discord: un administrador configura un canal de notificaciones en `/setup` y entonces empiezan los MD.',
    off: '🔕 Se acabaron los MD sobre las copias de seguridad de {{server}}.',
  },
};
