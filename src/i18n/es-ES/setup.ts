import type { setup as Source } from '../en-US/setup.js';
import type { Translation } from '../translation.js';

/** Spanish (Spain) words of the `setup` area (see ../en-US/setup.ts). */
export const setup: Translation<typeof Source> = {
  dmFailed:
    '📪 No he podido enviarte un MD, así que la configuración no puede empezar. Permite los mensajes directos de este servidor (haz clic en el nombre del servidor → **Ajustes de privacidad** → activa **Mensajes directos**) y vuelve a ejecutar `/setup`.',
  dmSent: '📬 Te he enviado un MD para configurar **{{guild}}**. Todo lo demás se hace allí.',
  embed: {
    title: 'Configuración del bot de copias de seguridad para {{guild}}',
    description:
      'Los miembros vinculan su propia clave API del panel con `/link`; el panel decide qué puede hacer cada clave. La URL del panel se establece aquí, así que nunca aparece en un canal.',
    panelUrl: 'URL del panel',
    panelUrlUnset: 'sin establecer — pulsa **Establecer URL del panel**',
    roles: 'Roles que pueden restaurar y eliminar',
    rolesAnyone: 'cualquier miembro cuya clave del panel lo permita',
    audit: 'Canal de auditoría',
    none: 'ninguno',
    notifications: 'Canal de notificaciones',
    notificationsSet:
      '{{channel}} — copias de seguridad hechas en el panel, fallos, copias atascadas y eliminadas, restauraciones',
    notificationsNone: 'ninguno — el panel no se vigila',
    lastChange: 'Último cambio',
    lastChangeBy: 'por {{member}} {{when}}',
    status: 'Estado',
  },
  controls: {
    setUrl: 'Establecer URL del panel',
    test: 'Probar conexión',
    rolesPlaceholder: 'Roles que pueden restaurar y eliminar (ninguno: cualquiera){{page}}',
    auditPlaceholder: 'Canal de auditoría (opcional){{page}}',
    notificationsPlaceholder: 'Canal de notificaciones (opcional; puede ser el de auditoría){{page}}',
    pageNote: ' · página {{page}} de {{pages}}',
    noAudit: 'Sin canal de auditoría',
    noNotifications: 'Sin canal de notificaciones',
    rolesPrevious: '◀ Roles',
    rolesNext: 'Roles ▶',
    channelsPrevious: '◀ Canales',
    channelsNext: 'Canales ▶',
  },
  form: {
    title: 'URL del panel',
    label: 'URL del panel',
    notSaved: 'No se ha guardado la URL del panel. {{reason}}',
    saved: '✅ URL del panel guardada; el panel respondió en {{ms}} ms.',
    savedUnlinked:
      '✅ URL del panel guardada; el panel respondió en {{ms}} ms. Los miembros vinculados al panel anterior se han desvinculado y deben volver a ejecutar `/link`.',
  },
  status: {
    channelGone: 'Ese canal ya no existe. Vuelve a elegir.',
    rolesGone: 'Algunos de esos roles ya no existen. Vuelve a elegir.',
    urlFirst: 'Primero establece la URL del panel.',
    testPassed: '✅ El panel respondió en {{ms}} ms.',
    testFailed: '❌ {{reason}}',
    rolesSet: '✅ Solo esos roles (y quien tenga el permiso Gestionar servidor) pueden restaurar y eliminar.',
    rolesAnyone: '✅ Cualquiera cuya clave del panel lo permita puede restaurar y eliminar.',
    auditSet: '✅ Las acciones sobre copias de seguridad se registrarán en ese canal.',
    auditNone: '✅ Sin canal de auditoría.',
    notificationsSet:
      '✅ Vigilaré el panel y publicaré allí: copias de seguridad hechas sin mí (programaciones, el panel), cómo terminan, copias atascadas y eliminadas, restauraciones.',
    notificationsNone:
      '✅ Sin canal de notificaciones: el panel ya no se vigila para este servidor de Discord.',
  },
  probe: {
    tls: 'No se ha podido verificar el certificado HTTPS de {{url}}. El panel necesita un certificado válido para su nombre de host.',
    notAPanel:
      '{{url}} no responde como un panel de Pterodactyl o Pelican. Usa la dirección con la que abres el panel en un navegador.',
    addressRefused:
      '{{url}} lleva a una dirección a la que el bot no puede conectarse (privada, loopback o link-local).',
    unreachable:
      'No se ha podido conectar con {{url}}. Comprueba la dirección y que el panel esté en marcha.',
    other: 'No se ha podido verificar {{url}}. {{reason}}',
    noKeyAsked:
      '{{url}} respondió sin pedir una clave, así que no se comporta como un panel de Pterodactyl o Pelican.',
  },
};
