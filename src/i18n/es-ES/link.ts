import type { link as Source } from '../en-US/link.js';
import type { Translation } from '../translation.js';

/** Spanish (Spain) words of the `link` area (see ../en-US/link.ts). */
export const link: Translation<typeof Source> = {
  form: {
    title: 'Vincular tu cuenta del panel',
    keyLabel: 'Clave de cliente (Cuenta → Credenciales API)',
    keyPlaceholder: 'ptlc_… o pacc_…',
    serverLabel: 'ID del servidor predeterminado (opcional)',
    serverPlaceholder: 'p. ej., 1a2b3c4d',
  },
  applicationKey:
    'Esa es una clave API de **aplicación** (área de administración). Crea en su lugar una clave API de **cliente**: Cuenta → Credenciales API en el panel.',
  notAKey:
    'Eso no parece una clave API del panel. Copia la clave completa desde Cuenta → Credenciales API y vuelve a probar `/link`.',
  tooSlow_one:
    'El panel tardó más de {{count}} segundo en comprobar tu clave y listar tus servidores, así que no se guardó nada. Vuelve a probar `/link` más tarde; si sigue pasando, puede que el panel esté sobrecargado.',
  tooSlow_many:
    'El panel tardó más de {{count}} segundos en comprobar tu clave y listar tus servidores, así que no se guardó nada. Vuelve a probar `/link` más tarde; si sigue pasando, puede que el panel esté sobrecargado.',
  tooSlow_other:
    'El panel tardó más de {{count}} segundos en comprobar tu clave y listar tus servidores, así que no se guardó nada. Vuelve a probar `/link` más tarde; si sigue pasando, puede que el panel esté sobrecargado.',
  keyEchoed:
    'El panel respondió con tu clave API dentro de un nombre de cuenta o de servidor, así que no se guardó nada. Pide al administrador del panel que revise el panel; elimina esa clave en el panel (Cuenta → Credenciales API).',
  unknownDefault:
    'Tu clave funciona, pero no da acceso a ningún servidor {{server}}. No se guardó nada: vuelve a ejecutar `/link` con uno de tus servidores o deja el campo vacío.',
  panelChanged:
    'La URL del panel de este servidor de Discord cambió mientras se comprobaba tu clave, así que no se guardó nada. Vuelve a ejecutar `/link`.',
  linked: {
    title: 'Cuenta del panel vinculada',
    description:
      'Cuenta vinculada como {{account}} en {{url}}. Tu clave se guarda cifrada y no se volverá a mostrar nunca.',
    servers: 'Servidores a los que da acceso tu clave ({{count}})',
    server: '• {{name}} ({{id}})',
    defaultServer: '• {{name}} ({{id}}) — predeterminado',
    none: 'ninguno todavía — pide al propietario de un servidor que te añada como subusuario y vuelve a ejecutar `/link`',
    tip: 'Consejo',
    tipText:
      'Elige un servidor con la opción `server` de `/backup`, o vuelve a ejecutar `/link` con un servidor predeterminado.',
  },
  unlink: {
    forgotten:
      '🗑️ Tu clave del panel y tus servidores de juego se han olvidado en este servidor de Discord. Plantéate eliminar también la clave en el panel (Cuenta → Credenciales API).',
    nothing: 'Nada que olvidar: no tenías ninguna cuenta del panel vinculada en este servidor de Discord.',
  },
};
