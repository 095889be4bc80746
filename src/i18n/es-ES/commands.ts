import type { CommandTexts } from '../commandTexts.js';

/** Spanish (Spain) descriptions and choice names of the slash commands (keys: see ../commandTexts.ts). */
export const commands: CommandTexts = {
  setup: 'Configurar el bot para este servidor de Discord (la configuración se te envía por MD)',
  link: 'Vincular tu cuenta del panel con una clave API de cliente (se pide en un formulario privado)',
  unlink: 'Olvidar tu clave API del panel y tus servidores de juego en este servidor de Discord',
  backup: 'Gestionar las copias de seguridad de tus servidores de juego',
  'backup list': 'Listar las copias de seguridad de un servidor',
  'backup list server': 'El servidor (por defecto, tu servidor predeterminado)',
  'backup create': 'Iniciar una nueva copia de seguridad',
  'backup create name': 'Un nombre para la copia de seguridad (si se deja vacío, lo elige el panel)',
  'backup create locked': 'Bloquearla para que no se pueda eliminar (requiere el permiso backup.delete)',
  'backup create ignored': 'Archivos que excluir: patrones separados por comas, p. ej. logs/*, *.tmp',
  'backup create server': 'El servidor (por defecto, tu servidor predeterminado)',
  'backup info': 'Mostrar todos los detalles de una copia de seguridad',
  'backup info backup': 'La copia de seguridad',
  'backup info server': 'El servidor (por defecto, tu servidor predeterminado)',
  'backup download': 'Obtener un enlace de descarga de un solo uso (solo tú lo ves)',
  'backup download backup': 'La copia de seguridad',
  'backup download server': 'El servidor (por defecto, tu servidor predeterminado)',
  'backup restore': 'Restaurar una copia de seguridad sobre los archivos del servidor (pide confirmación)',
  'backup restore backup': 'La copia de seguridad',
  'backup restore truncate': 'Eliminar todos los archivos actuales antes de restaurar (por defecto: no)',
  'backup restore server': 'El servidor (por defecto, tu servidor predeterminado)',
  'backup lock': 'Bloquear o desbloquear una copia de seguridad',
  'backup lock backup': 'La copia de seguridad',
  'backup lock server': 'El servidor (por defecto, tu servidor predeterminado)',
  'backup delete': 'Eliminar una copia de seguridad (pide confirmación)',
  'backup delete backup': 'La copia de seguridad',
  'backup delete server': 'El servidor (por defecto, tu servidor predeterminado)',
  'backup prune':
    'Eliminar de una vez copias de seguridad antiguas o fallidas (muestra cuáles, pide confirmación)',
  'backup prune keep':
    'Conservar este número de las copias más recientes (las fallidas no cuentan); eliminar el resto',
  'backup prune older-than': 'Solo copias de seguridad más antiguas que este plazo, p. ej. 12h, 7d, 2w',
  'backup prune failed-only': 'Solo copias de seguridad fallidas',
  'backup prune server': 'El servidor (por defecto, tu servidor predeterminado)',
  'backup rename': 'Renombrar una copia de seguridad (paneles Pelican)',
  'backup rename backup': 'La copia de seguridad',
  'backup rename name': 'El nuevo nombre',
  'backup rename server': 'El servidor (por defecto, tu servidor predeterminado)',
  'backup notify':
    'Recibir (o no) MD sobre copias de un servidor: hechas en el panel, fallidas, atascadas, eliminadas',
  'backup notify state': 'activado: enviarme MD; desactivado: dejar de hacerlo',
  'backup notify state=on': 'activado',
  'backup notify state=off': 'desactivado',
  'backup notify server': 'El servidor (por defecto, tu servidor predeterminado)',
  'backup schedule': 'Programar copias de seguridad de un servidor',
  'backup schedule create':
    'Programar copias de seguridad de un servidor (cada 6 h, cada 12 h, a diario, semanal o cron)',
  'backup schedule create when':
    'Una opción predefinida de la lista, o cron: minuto hora día-del-mes mes día-de-la-semana',
  'backup schedule create server': 'El servidor (por defecto, tu servidor predeterminado)',
  'backup schedule create name':
    'Nombre de la programación (por defecto, su regla: «Copia de seguridad todos los días a las 03:00»)',
  'backup schedule create ignored':
    'Archivos que excluir: patrones separados por comas, p. ej. logs/*, *.tmp',
  'backup schedule create only-when-online':
    'Omitir ejecuciones mientras el servidor esté desconectado (por defecto: ejecutar igualmente)',
  'backup schedule list':
    'Mostrar las programaciones de copias de seguridad de un servidor, con su próxima y última ejecución',
  'backup schedule list server': 'El servidor (por defecto, tu servidor predeterminado)',
  'backup schedule run':
    'Ejecutar ahora una programación de copias de seguridad (se sigue la nueva copia hasta el final)',
  'backup schedule run schedule': 'La programación de copias de seguridad',
  'backup schedule run server': 'El servidor (por defecto, tu servidor predeterminado)',
  'backup schedule pause':
    'Pausar una programación de copias de seguridad (conserva sus ajustes y se puede reanudar)',
  'backup schedule pause schedule': 'La programación de copias de seguridad',
  'backup schedule pause server': 'El servidor (por defecto, tu servidor predeterminado)',
  'backup schedule resume': 'Reanudar una programación de copias de seguridad en pausa',
  'backup schedule resume schedule': 'La programación de copias de seguridad',
  'backup schedule resume server': 'El servidor (por defecto, tu servidor predeterminado)',
  'backup schedule delete':
    'Eliminar una programación de copias de seguridad (pide confirmación; sus copias se conservan)',
  'backup schedule delete schedule': 'La programación de copias de seguridad',
  'backup schedule delete server': 'El servidor (por defecto, tu servidor predeterminado)',
};
