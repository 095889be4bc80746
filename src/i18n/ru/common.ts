import type { common as Source } from '../en-US/common.js';
import type { Translation } from '../translation.js';

/** Russian words of the `common` area (see ../en-US/common.ts). */
export const common: Translation<typeof Source> = {
  confirmation: {
    cancel: 'Отмена',
    confirmWithin_one: 'Подтвердите в течение {{count}} секунды ({{deadline}}).',
    confirmWithin_few: 'Подтвердите в течение {{count}} секунд ({{deadline}}).',
    confirmWithin_many: 'Подтвердите в течение {{count}} секунд ({{deadline}}).',
    confirmWithin_other: 'Подтвердите в течение {{count}} секунды ({{deadline}}).',
    notYours: '⛔ Ответить на это подтверждение может только {{owner}}.',
    gone: '⌛ Срок этого подтверждения истёк, или на него уже ответили. Ничего не сделано.',
    expired_one: '⌛ Срок подтверждения ({{count}} секунда) истёк. Ничего не сделано.',
    expired_few: '⌛ Срок подтверждения ({{count}} секунды) истёк. Ничего не сделано.',
    expired_many: '⌛ Срок подтверждения ({{count}} секунд) истёк. Ничего не сделано.',
    expired_other: '⌛ Срок подтверждения ({{count}} секунды) истёк. Ничего не сделано.',
    cancelled: '✖️ Отменено. Ничего не сделано.',
    checking: '⏳ Проверяю, что это всё ещё актуально…',
    resumesAfterRestart: '⏳ Бот перезапускается: он продолжит это действие, когда вернётся.',
    tooManyOfYours_one:
      'У вас уже {{count}} ожидающее подтверждение. Сначала ответьте на него или дождитесь истечения срока ({{seconds}} с).',
    tooManyOfYours_few:
      'У вас уже {{count}} ожидающих подтверждения. Сначала ответьте на них или дождитесь истечения срока ({{seconds}} с).',
    tooManyOfYours_many:
      'У вас уже {{count}} ожидающих подтверждений. Сначала ответьте на них или дождитесь истечения срока ({{seconds}} с).',
    tooManyOfYours_other:
      'У вас уже {{count}} ожидающего подтверждения. Сначала ответьте на них или дождитесь истечения срока ({{seconds}} с).',
    tooMany: 'Сейчас ожидает слишком много подтверждений. Попробуйте ещё раз через минуту.',
    audit: {
      noAnswer: '⚠️ Подтверждено участником {{member}}: {{what}}. Но панель не ответила: {{hint}}.{{note}}',
      refused:
        '⚠️ Подтверждено участником {{member}}: {{what}}. Но действие было отклонено: {{nothingDone}}.{{note}}',
    },
  },
  list: {
    andMore_one: '…и ещё {{count}}',
    andMore_few: '…и ещё {{count}}',
    andMore_many: '…и ещё {{count}}',
    andMore_other: '…и ещё {{count}}',
    inAll_one: '…всего {{count}}',
    inAll_few: '…всего {{count}}',
    inAll_many: '…всего {{count}}',
    inAll_other: '…всего {{count}}',
    moreNotShown_one: 'Не показано ещё: {{count}}',
    moreNotShown_few: 'Не показано ещё: {{count}}',
    moreNotShown_many: 'Не показано ещё: {{count}}',
    moreNotShown_other: 'Не показано ещё: {{count}}',
  },
  dmFromGuild: 'С сервера **{{guild}}**: {{text}}',
};
