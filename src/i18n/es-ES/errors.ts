import type { errors as Source } from '../en-US/errors.js';
import type { Translation } from '../translation.js';

/** Spanish (Spain) words of the `errors` area (see ../en-US/errors.ts). */
export const errors: Translation<typeof Source> = {
  genericFailure: 'Algo ha fallado por mi parte. Se ha registrado; vuelve a intentarlo en un momento.',
  notSetUp:
    'Este servidor de Discord aún no está configurado: pide a un admin (Gestionar servidor) que ejecute `/setup`.',
  notLinked:
    'Aún no has vinculado una cuenta del panel en este servidor de Discord: ejecuta primero `/link`.',
  guildOnly: {
    command: '`/{{command}}` funciona en un servidor de Discord, no en mensajes directos.',
    button: 'Este botón funciona en un servidor de Discord, no en mensajes directos.',
    autocomplete: 'El autocompletado funciona en un servidor de Discord, no en mensajes directos.',
  },
  access: {
    destructiveRoles:
      'En este servidor de Discord, restaurar y eliminar copias de seguridad está limitado a los miembros con alguno de estos roles: {{roles}}.',
    guildNotSeen: 'Todavía no puedo ver este servidor de Discord. Vuelve a intentarlo en un minuto.',
    guildLeft: 'Ya no estoy en ese servidor, así que no se puede configurar desde aquí.',
    notAMember: 'Ya no eres miembro de **{{guild}}**.',
    manageGuildToSetUp: 'Necesitas el permiso **Gestionar servidor** en **{{guild}}** para configurarlo.',
    manageGuildToChange:
      'Necesitas el permiso **Gestionar servidor** en **{{guild}}** para cambiar su configuración.',
  },
  stale: {
    command: '⚠️ Este comando ya no está disponible.',
    button: '⚠️ Este botón pertenece a una versión anterior del bot. Vuelve a ejecutar el comando.',
    form: '⚠️ Este formulario ya no es válido. Vuelve a ejecutar el comando.',
    invalidButton: 'Este botón no es válido.',
    invalidForm: 'Este formulario no es válido.',
  },
  restarting: '⏳ El bot se está reiniciando: vuelve a intentarlo en un momento.',
  server: {
    notAnIdentifier:
      '{{value}} no es un identificador de servidor. Elige un servidor de la lista que sugiere la opción `server`.',
    none: 'Tu clave API no da acceso a ningún servidor. Pide al propietario del servidor que te añada como subusuario y vuelve a ejecutar `/link`.',
    choose_one:
      'Tu clave da acceso a {{count}} servidor: elige uno con la opción `server` o establece un servidor predeterminado con `/link`.',
    choose_many:
      'Tu clave da acceso a {{count}} servidores: elige uno con la opción `server` o establece un servidor predeterminado con `/link`.',
    choose_other:
      'Tu clave da acceso a {{count}} servidores: elige uno con la opción `server` o establece un servidor predeterminado con `/link`.',
  },
};
