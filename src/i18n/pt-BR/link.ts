import type { link as Source } from '../en-US/link.js';
import type { Translation } from '../translation.js';

/** Brazilian Portuguese words of the `link` area (see ../en-US/link.ts). */
export const link: Translation<typeof Source> = {
  form: {
    title: 'Vincular sua conta do painel',
    keyLabel: 'Chave de cliente (Conta → Credenciais de API)',
    keyPlaceholder: 'ptlc_… ou pacc_…',
    serverLabel: 'Identificador do servidor padrão (opcional)',
    serverPlaceholder: 'ex.: 1a2b3c4d',
  },
  applicationKey:
    'Essa é uma chave de API de **aplicação** (área de administração). Em vez dela, crie uma chave de API de **cliente**: Conta → Credenciais de API no painel.',
  notAKey:
    'Isso não parece uma chave de API do painel. Copie a chave inteira em Conta → Credenciais de API e tente `/link` novamente.',
  tooSlow_one:
    'O painel levou mais de {{count}} segundo para verificar sua chave e listar seus servidores, então nada foi salvo. Tente `/link` novamente mais tarde; se isso continuar acontecendo, o painel pode estar sobrecarregado.',
  tooSlow_many:
    'O painel levou mais de {{count}} segundos para verificar sua chave e listar seus servidores, então nada foi salvo. Tente `/link` novamente mais tarde; se isso continuar acontecendo, o painel pode estar sobrecarregado.',
  tooSlow_other:
    'O painel levou mais de {{count}} segundos para verificar sua chave e listar seus servidores, então nada foi salvo. Tente `/link` novamente mais tarde; se isso continuar acontecendo, o painel pode estar sobrecarregado.',
  keyEchoed:
    'O painel respondeu com sua chave de API dentro de um nome de conta ou de servidor, então nada foi salvo. Peça ao administrador do painel para verificar o painel; exclua essa chave no painel (Conta → Credenciais de API).',
  unknownDefault:
    'Sua chave funciona, mas não dá acesso a nenhum servidor {{server}}. Nada foi salvo: execute `/link` novamente com um dos seus servidores ou deixe o campo vazio.',
  panelChanged:
    'A URL do painel deste servidor do Discord mudou enquanto sua chave era verificada, então nada foi salvo. Execute `/link` novamente.',
  linked: {
    title: 'Conta do painel vinculada',
    description:
      'Conta vinculada como {{account}} em {{url}}. Sua chave é armazenada criptografada e nunca mais será exibida.',
    servers: 'Servidores que sua chave acessa ({{count}})',
    server: '• {{name}} ({{id}})',
    defaultServer: '• {{name}} ({{id}}) — padrão',
    none: 'nenhum ainda — peça ao dono de um servidor para adicionar você como subusuário e execute `/link` novamente',
    tip: 'Dica',
    tipText:
      'Escolha um servidor com a opção `server` do `/backup`, ou execute `/link` novamente com um servidor padrão.',
  },
  unlink: {
    forgotten:
      '🗑️ Sua chave do painel e seus servidores de jogo foram esquecidos neste servidor do Discord. Considere excluir a chave no painel também (Conta → Credenciais de API).',
    nothing:
      'Nada para esquecer: você não tinha nenhuma conta do painel vinculada neste servidor do Discord.',
  },
};
