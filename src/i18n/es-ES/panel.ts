import type { panel as Source } from '../en-US/panel.js';
import type { Translation } from '../translation.js';

/** Spanish (Spain) words of the `panel` area (see ../en-US/panel.ts). */
export const panel: Translation<typeof Source> = {
  unauthenticated:
    'El panel ha rechazado tu clave API (puede que se haya eliminado o haya caducado). Vuelve a ejecutar `/link` con una clave nueva.',
  forbidden: {
    permission: {
      named:
        'Tu cuenta del panel no tiene el permiso {{permission}} en el servidor {{server}}. Pide al propietario del servidor que te lo conceda.',
      unnamed:
        'Tu cuenta del panel no tiene el permiso {{permission}} en este servidor. Pide al propietario del servidor que te lo conceda.',
    },
    other: {
      named:
        'El panel ha rechazado esta acción para tu cuenta en el servidor {{server}}. Pide acceso al propietario del servidor.',
      unnamed:
        'El panel ha rechazado esta acción para tu cuenta en este servidor. Pide acceso al propietario del servidor.',
    },
  },
  applicationKey:
    'Esa es una clave API de aplicación, pero el bot necesita una clave API de cliente. Crea una en el panel, en Cuenta → Credenciales API, y vuelve a ejecutar `/link`.',
  ipRestricted:
    'Tu clave API solo funciona desde ciertas direcciones IP, y el bot no está entre ellas. Crea una clave sin esa restricción (o permite la dirección del bot) y vuelve a ejecutar `/link`.',
  twoFactorRequired:
    'El panel exige que actives la autenticación en dos pasos en tu cuenta antes de permitir el acceso a la API. Actívala en los ajustes de tu cuenta del panel y vuelve a intentarlo.',
  notFound: {
    server: {
      named:
        'El panel no tiene ningún servidor {{server}} al que tu cuenta pueda acceder. Revisa el identificador del servidor (la opción `server` muestra los tuyos).',
      unnamed:
        'El panel no tiene este servidor, o tu cuenta no puede acceder a él. Revisa el identificador del servidor (la opción `server` muestra los tuyos).',
    },
    backup: {
      named:
        'El servidor {{server}} no tiene ninguna copia de seguridad {{backup}} (puede que se haya eliminado). Elige una de la lista de la opción `backup`.',
      unnamed:
        'Este servidor no tiene ninguna copia de seguridad {{backup}} (puede que se haya eliminado). Elige una de la lista de la opción `backup`.',
    },
    schedule: {
      named:
        'El servidor {{server}} no tiene ninguna programación #{{schedule}} (puede que se haya eliminado). Elige una de la lista de la opción `schedule`.',
      unnamed:
        'Este servidor no tiene ninguna programación #{{schedule}} (puede que se haya eliminado). Elige una de la lista de la opción `schedule`.',
    },
    serverOrBackup: {
      named:
        'El panel no ha podido encontrar el servidor {{server}} o su copia de seguridad {{backup}}. Revisa ambos y vuelve a intentarlo.',
      unnamed:
        'El panel no ha podido encontrar este servidor o su copia de seguridad {{backup}}. Revisa ambos y vuelve a intentarlo.',
    },
    other:
      'El panel no ha podido encontrar lo que se le ha pedido. Revisa el servidor y vuelve a intentarlo.',
  },
  conflict: {
    suspended: {
      named:
        'El servidor {{server}} está suspendido, así que el panel rechaza esta acción. Pregunta a un administrador del panel por la suspensión.',
      unnamed:
        'Este servidor está suspendido, así que el panel rechaza esta acción. Pregunta a un administrador del panel por la suspensión.',
    },
    maintenance: {
      named:
        'El nodo que ejecuta el servidor {{server}} está en mantenimiento. Vuelve a intentarlo cuando termine el mantenimiento.',
      unnamed:
        'El nodo que ejecuta este servidor está en mantenimiento. Vuelve a intentarlo cuando termine el mantenimiento.',
    },
    installing: {
      named:
        'El servidor {{server}} aún no ha terminado de instalarse. Vuelve a intentarlo cuando termine la instalación.',
      unnamed:
        'Este servidor aún no ha terminado de instalarse. Vuelve a intentarlo cuando termine la instalación.',
    },
    restoring: {
      named:
        'El servidor {{server}} está restaurando una copia de seguridad en este momento. Vuelve a intentarlo cuando termine la restauración.',
      unnamed:
        'Este servidor está restaurando una copia de seguridad en este momento. Vuelve a intentarlo cuando termine la restauración.',
    },
    transferring: {
      named:
        'El servidor {{server}} se está trasladando a otra máquina. Vuelve a intentarlo cuando termine la transferencia.',
      unnamed:
        'Este servidor se está trasladando a otra máquina. Vuelve a intentarlo cuando termine la transferencia.',
    },
    busy: {
      named:
        'El servidor {{server}} está ocupado: el panel dice «{{detail}}». Vuelve a intentarlo más tarde.',
      unnamed: 'Este servidor está ocupado: el panel dice «{{detail}}». Vuelve a intentarlo más tarde.',
    },
    other: {
      named:
        'El servidor {{server}} está en un estado que no permite esto ahora mismo. Vuelve a intentarlo más tarde.',
      unnamed:
        'Este servidor está en un estado que no permite esto ahora mismo. Vuelve a intentarlo más tarde.',
    },
  },
  validation: {
    details: 'El panel ha rechazado la solicitud: {{details}}.',
    none: 'El panel ha rechazado la solicitud por no ser válida.',
  },
  unsupported:
    'Este panel no ofrece esa acción (su API no tiene esa ruta). Puede que necesite una versión más reciente del panel.',
  backupTaskForbidden:
    'Este servidor no tiene permitida ninguna copia de seguridad (su límite de copias de seguridad es 0), así que el panel rechaza una programación de copias de seguridad. Pide a un administrador del panel que aumente el límite.',
  tooManyBackups: {
    noneAllowed:
      'Este servidor no tiene permitida ninguna copia de seguridad (su límite de copias de seguridad es 0). Pide a un administrador del panel que aumente el límite.',
    atLimit:
      'Este servidor ha alcanzado su límite de copias de seguridad ({{limit}} de {{limit}}). Elimina una copia de seguridad que ya no necesites (desbloquéala primero si está bloqueada) y vuelve a intentarlo.',
    limitUnknown:
      'Este servidor ha alcanzado su límite de copias de seguridad. Elimina una copia de seguridad que ya no necesites (desbloquéala primero si está bloqueada) y vuelve a intentarlo.',
  },
  backupLocked:
    'Esta copia de seguridad está bloqueada, así que el panel no la eliminará. Desbloquéala primero con `/backup lock` y después elimínala.',
  badRequest: {
    notFinished:
      'Esta copia de seguridad aún no ha terminado, así que no se puede restaurar. Espera a que se complete y vuelve a intentarlo.',
    restoreState: {
      named:
        'El servidor {{server}} no está en un estado que permita una restauración (por ejemplo, tras una reinstalación fallida). Pide a un administrador del panel que lo revise.',
      unnamed:
        'Este servidor no está en un estado que permita una restauración (por ejemplo, tras una reinstalación fallida). Pide a un administrador del panel que lo revise.',
    },
    cron: 'El panel no ha aceptado este horario como regla cron. Elige una de las opciones predefinidas de `when` o revisa la expresión cron (cinco campos: minuto hora día-del-mes mes día-de-la-semana).',
    noTasks:
      'Esta programación no tiene tareas en el panel, así que ejecutarla no haría nada. Añade una tarea de copia de seguridad en el panel, o elimina la programación y vuelve a crearla aquí.',
    tooManyTasks: 'Esta programación ya tiene el máximo de tareas que permite el panel ({{limit}}).',
    tooManyTasksUnknown: 'Esta programación ya tiene el máximo de tareas que permite el panel.',
    diskDriver:
      'Esta copia de seguridad está guardada en un lugar desde el que el panel no puede ofrecer descargas. Consúltalo con un administrador del panel.',
    detail: 'El panel ha rechazado la solicitud: {{detail}}.',
    other: 'El panel ha rechazado la solicitud por estar mal formada.',
  },
  throttle: {
    rule_one: 'El panel solo permite {{count}} copia de seguridad cada {{period}} en este servidor.',
    rule_many: 'El panel solo permite {{count}} copias de seguridad cada {{period}} en este servidor.',
    rule_other: 'El panel solo permite {{count}} copias de seguridad cada {{period}} en este servidor.',
    unknown: 'El panel limita la frecuencia con la que se pueden crear copias de seguridad en este servidor.',
    restores:
      'El panel está limitando la frecuencia con la que se pueden restaurar copias de seguridad en este servidor (o cuántas solicitudes puede hacer tu cuenta).',
    requests: 'El panel está limitando cuántas solicitudes puede hacer tu cuenta.',
  },
  period: {
    hour: 'hora',
    hours_one: '{{count}} hora',
    hours_many: '{{count}} horas',
    hours_other: '{{count}} horas',
    minute: 'minuto',
    minutes_one: '{{count}} minuto',
    minutes_many: '{{count}} minutos',
    minutes_other: '{{count}} minutos',
    seconds_one: '{{count}} segundo',
    seconds_many: '{{count}} segundos',
    seconds_other: '{{count}} segundos',
  },
  retry: {
    at: 'Vuelve a intentarlo {{when}}.',
    fewMinutes: 'Vuelve a intentarlo en unos minutos.',
    minute: 'Vuelve a intentarlo en un minuto.',
  },
  nodeUnreachable: {
    named:
      'El panel no ha podido conectar con la máquina (nodo) que ejecuta el servidor {{server}}. Puede que esté caída: vuelve a intentarlo en unos minutos o avisa a un administrador del panel.',
    unnamed:
      'El panel no ha podido conectar con la máquina (nodo) que ejecuta este servidor. Puede que esté caída: vuelve a intentarlo en unos minutos o avisa a un administrador del panel.',
  },
  daemonError: {
    detail: {
      named:
        'La máquina que ejecuta el servidor {{server}} ha informado de un error: {{detail}}. Vuelve a intentarlo o, si sigue pasando, avisa a un administrador del panel.',
      unnamed:
        'La máquina que ejecuta este servidor ha informado de un error: {{detail}}. Vuelve a intentarlo o, si sigue pasando, avisa a un administrador del panel.',
    },
    other: {
      named:
        'La máquina que ejecuta el servidor {{server}} ha informado de un error. Vuelve a intentarlo o, si sigue pasando, avisa a un administrador del panel.',
      unnamed:
        'La máquina que ejecuta este servidor ha informado de un error. Vuelve a intentarlo o, si sigue pasando, avisa a un administrador del panel.',
    },
  },
  panelError: {
    status:
      'El panel ha tenido un error interno (HTTP {{status}}). Vuelve a intentarlo en un momento; si sigue pasando, avisa a un administrador del panel.',
    other:
      'El panel ha tenido un error interno. Vuelve a intentarlo en un momento; si sigue pasando, avisa a un administrador del panel.',
  },
  addressRefused:
    'La URL del panel ({{host}}) apunta a una dirección a la que el bot no tiene permitido conectarse (privada, de bucle local o de enlace local). Un administrador debe establecer la dirección pública del panel con `/setup`.',
  unreachable:
    'No se ha podido conectar con el panel en {{host}}. Puede que esté caído o que la URL del panel sea incorrecta (un administrador puede revisarla con `/setup`).',
  cancelled:
    'He dejado de esperar al panel: esto ha tardado más de lo que permite la acción. No se le ha pedido nada más; vuelve a intentarlo en un momento.',
  timeout_one:
    'El panel no ha respondido en un plazo de {{seconds}} segundo. Puede que esté sobrecargado o caído: vuelve a intentarlo más tarde.',
  timeout_many:
    'El panel no ha respondido en un plazo de {{seconds}} segundos. Puede que esté sobrecargado o caído: vuelve a intentarlo más tarde.',
  timeout_other:
    'El panel no ha respondido en un plazo de {{seconds}} segundos. Puede que esté sobrecargado o caído: vuelve a intentarlo más tarde.',
  tls: 'La conexión segura (HTTPS) con el panel en {{host}} ha fallado: no se ha podido verificar su certificado. Un administrador debe corregir el certificado del panel o la URL del panel (`/setup`).',
  notAPanel:
    'Esa dirección no responde como un panel de Pterodactyl o Pelican. Revisa la URL del panel con un administrador (`/setup`).',
  url: {
    notAUrl: 'Eso no es una URL. Introduce la dirección de tu panel, como `https://panel.example.com`.',
    httpsRequired: 'La URL del panel debe empezar por `https://`.',
    httpRefused:
      'La URL del panel debe empezar por `https://`: de lo contrario, las claves API viajarían sin cifrar. (El operador del bot puede permitir `http://` para un panel en una red privada con `ALLOW_INSECURE_PANEL_URL=true`).',
    credentials: 'La URL del panel no debe contener un nombre de usuario ni una contraseña.',
    queryOrFragment:
      'La URL del panel no debe contener partes `?` ni `#`: indica la dirección del propio panel.',
    refusedHost: 'Esa dirección no está permitida como URL del panel.',
    doesNotResolveCheck:
      'El nombre de host `{{host}}` no se resuelve. Revisa cómo está escrita la URL del panel.',
    doesNotResolve: 'El nombre de host `{{host}}` no se resuelve.',
    refusedAddress:
      'Esa dirección no está permitida como URL del panel (dirección de enlace local o de metadatos).',
    privateAddress:
      'Esa URL del panel apunta a una dirección privada o de bucle local. El operador del bot puede permitirlo con `ALLOW_INSECURE_PANEL_URL=true`.',
  },
};
