import type { prune as Source } from '../en-US/prune.js';
import type { Translation } from '../translation.js';

/** Russian words of the `prune` area (see ../en-US/prune.ts). */
export const prune: Translation<typeof Source> = {
  badAge:
    '`older-than` принимает срок, например `12h`, `7d` или `2w` (m — минуты, h — часы, d — дни, w — недели; не больше 10 лет), а {{value}} таким сроком не является.',
  badKeep: '`keep` принимает целое число от 1 до 1000: сколько самых новых резервных копий сохранить.',
  noCriteria:
    'Укажите, что очистить: `keep` (сколько самых новых резервных копий сохранить), `older-than` (срок, например `7d`) или `failed-only`.',
  criteria: {
    failedOnly: 'только неудачные',
    olderThan: 'старше {{age}}',
    keeping_one: 'с сохранением {{count}} самой новой',
    keeping_few: 'с сохранением {{count}} самых новых',
    keeping_many: 'с сохранением {{count}} самых новых',
    keeping_other: 'с сохранением {{count}} самых новых',
  },
  failed: '❌ неудачная',
  spared: {
    locked: '🔒 заблокирована',
    inProgress: '⏳ ещё создаётся',
    lastSuccessful: '✅ последняя успешная резервная копия',
  },
  noBackups: 'На сервере {{server}} нет резервных копий, поэтому очищать нечего.',
  nothingMatches: 'На сервере {{server}} нечего очистить ({{criteria}}), поэтому ничего не будет удалено.',
  sparedTitle: '**Сохраняются** (подходят под условия, но остаются):',
  toDeleteTitle: '**Будут удалены**',
  question_one:
    '🧹 **Удалить {{count}} резервную копию** с сервера {{server}} ({{criteria}})?\n• Удалённое нельзя вернуть. Я удаляю копии по одной и сообщаю о каждой.',
  question_few:
    '🧹 **Удалить {{count}} резервные копии** с сервера {{server}} ({{criteria}})?\n• Удалённое нельзя вернуть. Я удаляю копии по одной и сообщаю о каждой.',
  question_many:
    '🧹 **Удалить {{count}} резервных копий** с сервера {{server}} ({{criteria}})?\n• Удалённое нельзя вернуть. Я удаляю копии по одной и сообщаю о каждой.',
  question_other:
    '🧹 **Удалить {{count}} резервной копии** с сервера {{server}} ({{criteria}})?\n• Удалённое нельзя вернуть. Я удаляю копии по одной и сообщаю о каждой.',
  confirm_one: 'Удалить {{count}} резервную копию',
  confirm_few: 'Удалить {{count}} резервные копии',
  confirm_many: 'Удалить {{count}} резервных копий',
  confirm_other: 'Удалить {{count}} резервной копии',
  refusal: {
    what_one: 'удаление {{count}} резервной копии с сервера {{server}} ({{criteria}})',
    what_few: 'удаление {{count}} резервных копий с сервера {{server}} ({{criteria}})',
    what_many: 'удаление {{count}} резервных копий с сервера {{server}} ({{criteria}})',
    what_other: 'удаление {{count}} резервной копии с сервера {{server}} ({{criteria}})',
    nothingDone: 'ничего не удалено',
    checkHint: 'проверьте резервные копии в панели',
  },
  noneLeft:
    'Ничего не удалено: после вашего запроса ни одна из этих резервных копий больше не подлежит очистке.',
  leftAloneTitle: '**Оставлены без изменений**',
  line: '• {{backup}} — {{why}}',
  deleting_one: '🧹 Удаляю {{count}} резервную копию с сервера {{server}}, по одной…',
  deleting_few: '🧹 Удаляю {{count}} резервные копии с сервера {{server}}, по одной…',
  deleting_many: '🧹 Удаляю {{count}} резервных копий с сервера {{server}}, по одной…',
  deleting_other: '🧹 Удаляю {{count}} резервной копии с сервера {{server}}, по одной…',
  slowingDown:
    '🧹 Удаляю с сервера {{server}}: удалено {{deleted}} из {{count}}. Панель попросила снизить темп, поэтому я жду {{seconds}} с, прежде чем продолжить…',
  restarting: 'бот перезапускается.',
  noAnswer: 'панель не ответила (возможно, копия удалена): {{why}}',
  leftAlone: {
    gone: 'уже удалена',
    locked: 'заблокирована после запроса',
    lastSuccessful: 'теперь последняя успешная резервная копия',
    noLongerMatches: 'больше не подходит под условия',
  },
  report: {
    deleted: '**удалено: {{count}}**',
    failed: 'с ошибкой: {{count}}',
    notDeleted: 'не удалено: {{count}}',
    head: '{{icon}} Очистка сервера {{server}} ({{criteria}}): {{counts}}.',
    deletedTitle: '**Удалены**',
    failedTitle: '**Не удалось удалить**',
    stoppedTitle: '**Не удалены**: очистка остановлена — {{why}}',
    leftAloneTitle: '**Оставлены без изменений** (изменились после вашего запроса)',
  },
  audit: {
    failed: 'с ошибкой: {{count}}',
    notDeleted: 'не удалено: {{count}} (очистка остановлена)',
    line_one:
      '🧹 Участником {{member}} очищен сервер {{server}} ({{criteria}}): удалена {{count}} резервная копия{{more}}.',
    line_few:
      '🧹 Участником {{member}} очищен сервер {{server}} ({{criteria}}): удалены {{count}} резервные копии{{more}}.',
    line_many:
      '🧹 Участником {{member}} очищен сервер {{server}} ({{criteria}}): удалено {{count}} резервных копий{{more}}.',
    line_other:
      '🧹 Участником {{member}} очищен сервер {{server}} ({{criteria}}): удалено {{count}} резервной копии{{more}}.',
  },
};
