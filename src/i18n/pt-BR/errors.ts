import type { errors as Source } from '../en-US/errors.js';
import type { Translation } from '../translation.js';

/** Brazilian Portuguese words of the `errors` area (see ../en-US/errors.ts). */
export const errors: Translation<typeof Source> = {
  genericFailure: 'Algo deu errado do meu lado. O erro foi registrado; tente novamente em instantes.',
  notSetUp:
    'Este servidor do Discord ainda não foi configurado: peça a um admin (Gerenciar servidor) para executar `/setup`.',
  notLinked:
    'Você ainda não vinculou uma conta do painel neste servidor do Discord: execute `/link` primeiro.',
  guildOnly: {
    command: '`/{{command}}` funciona em um servidor do Discord, não em mensagens diretas.',
    button: 'Este botão funciona em um servidor do Discord, não em mensagens diretas.',
    autocomplete: 'O preenchimento automático funciona em um servidor do Discord, não em mensagens diretas.',
  },
  access: {
    destructiveRoles:
      'Neste servidor do Discord, restaurar e excluir backups é restrito a membros com um destes cargos: {{roles}}.',
    guildNotSeen: 'Ainda não consigo ver este servidor do Discord. Tente novamente em um minuto.',
    guildLeft: 'Não estou mais nesse servidor, então ele não pode ser configurado daqui.',
    notAMember: 'Você não é mais membro de **{{guild}}**.',
    manageGuildToSetUp:
      'Você precisa da permissão **Gerenciar servidor** em **{{guild}}** para configurá-lo.',
    manageGuildToChange:
      'Você precisa da permissão **Gerenciar servidor** em **{{guild}}** para alterar a configuração dele.',
  },
  stale: {
    command: '⚠️ Este comando não está mais disponível.',
    button: '⚠️ Este botão é de uma versão anterior do bot. Execute o comando novamente.',
    form: '⚠️ Este formulário não é mais válido. Execute o comando novamente.',
    invalidButton: 'Este botão não é válido.',
    invalidForm: 'Este formulário não é válido.',
  },
  restarting: '⏳ O bot está reiniciando: tente novamente em instantes.',
  server: {
    notAnIdentifier:
      '{{value}} não é um identificador de servidor. Escolha um servidor da lista sugerida pela opção `server`.',
    none: 'Sua chave de API não dá acesso a nenhum servidor. Peça ao dono do servidor para adicionar você como subusuário e execute `/link` novamente.',
    choose_one:
      'Sua chave dá acesso a {{count}} servidor: escolha um com a opção `server` ou defina um servidor padrão com `/link`.',
    choose_many:
      'Sua chave dá acesso a {{count}} servidores: escolha um com a opção `server` ou defina um servidor padrão com `/link`.',
    choose_other:
      'Sua chave dá acesso a {{count}} servidores: escolha um com a opção `server` ou defina um servidor padrão com `/link`.',
  },
};
