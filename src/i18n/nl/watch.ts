import type { watch as Source } from '../en-US/watch.js';
import type { Translation } from '../translation.js';

/** Dutch words of the `watch` area (see ../en-US/watch.ts). */
export const watch: Translation<typeof Source> = {
  event: {
    appeared: {
      bySchedule: {
        inProgress:
          '📦 Back-up {{backup}} op {{server}} is gestart door een schema en is nog bezig (gestart {{started}}).',
        completed: '✅ Back-up {{backup}} op {{server}} is gestart door een schema en is voltooid: {{size}}.',
        completedIn:
          '✅ Back-up {{backup}} op {{server}} is gestart door een schema en is voltooid: {{size}} in {{duration}}.',
        failed: '❌ Back-up {{backup}} op {{server}} is gestart door een schema en is mislukt. {{why}}',
        failedAfter:
          '❌ Back-up {{backup}} op {{server}} is gestart door een schema en is na {{duration}} mislukt. {{why}}',
      },
      notByMe: {
        inProgress:
          '📦 Back-up {{backup}} op {{server}} is niet door mij gestart, maar door een schema of via het paneel, en is nog bezig (gestart {{started}}).',
        completed:
          '✅ Back-up {{backup}} op {{server}} is niet door mij gestart, maar door een schema of via het paneel, en is voltooid: {{size}}.',
        completedIn:
          '✅ Back-up {{backup}} op {{server}} is niet door mij gestart, maar door een schema of via het paneel, en is voltooid: {{size}} in {{duration}}.',
        failed:
          '❌ Back-up {{backup}} op {{server}} is niet door mij gestart, maar door een schema of via het paneel, en is mislukt. {{why}}',
        failedAfter:
          '❌ Back-up {{backup}} op {{server}} is niet door mij gestart, maar door een schema of via het paneel, en is na {{duration}} mislukt. {{why}}',
      },
    },
    ended: {
      subject: {
        plain: 'Back-up {{backup}} op {{server}}',
        wasStuck: 'Back-up {{backup}} op {{server}}, die ik als vastgelopen had gemeld,',
        alreadyRunning: 'Back-up {{backup}} op {{server}}, die al bezig was toen ik begon met volgen,',
      },
      completed: '✅ {{subject}} is voltooid: {{size}}.',
      completedIn: '✅ {{subject}} is voltooid: {{size}} in {{duration}}.',
      failed: '❌ {{subject}} is mislukt. {{why}}',
      failedAfter: '❌ {{subject}} is na {{duration}} mislukt. {{why}}',
    },
    stuck: {
      noHistory:
        '⏳ Back-up {{backup}} op {{server}} lijkt vastgelopen: hij is al {{running}} bezig (er is geen geslaagde back-up van deze server om mee te vergelijken, dus ik beschouw een back-up na {{threshold}} als vastgelopen). Het paneel markeert hem na 6 uur als mislukt als de node nooit antwoordt.',
      withHistory:
        '⏳ Back-up {{backup}} op {{server}} lijkt vastgelopen: hij is al {{running}} bezig (de langste van de recente geslaagde back-ups van deze server duurde {{longest}}; ik beschouw een back-up na {{threshold}} als vastgelopen). Het paneel markeert hem na 6 uur als mislukt als de node nooit antwoordt.',
    },
    disappeared: {
      done: '🗑️ Back-up {{backup}} op {{server}} staat niet meer in het paneel (verwijderd, weggeroteerd door een schema of opgeschoond).',
      whileInProgress:
        '🗑️ Back-up {{backup}} op {{server}} is uit het paneel verdwenen terwijl hij nog bezig was (verwijderd, weggeroteerd door een schema of opgeschoond).',
    },
    restoreStarted:
      '♻️ Op {{server}} is een herstel gestart dat niet van mij komt (het paneel zegt niet welke back-up). De server is niet beschikbaar tot het klaar is.',
    restoreEnded: {
      startSeen:
        '♻️ Het herstel op {{server}} is klaar (het paneel zegt niet of het gelukt is: controleer de server voordat je hem start).',
      startUnseen:
        '♻️ Op {{server}} is een herstel uitgevoerd dat niet van mij kwam, en het is klaar (het paneel zegt niet welke back-up het was en ook niet of het gelukt is: controleer de server).',
    },
    late: '{{event}} (opgemerkt na een herstart)',
  },
  failedWhy: {
    ranTooLong:
      'Het paneel heeft hem als mislukt gemarkeerd omdat hij na 6 uur nog bezig was (het geeft geen andere reden).',
    noReason: 'Het paneel geeft geen reden; het log van de node (wings) van de server vertelt waarom.',
  },
  dm: {
    fromGuild: 'Van **{{guild}}**: {{event}}',
    keyRefused:
      'Van **{{guild}}**: ik houd de back-ups niet meer in de gaten met je paneelsleutel. {{reason}}',
    lostPermission:
      "Van **{{guild}}**: je paneelaccount heeft de machtiging `backup.read` niet meer op {{server}}, dus ik houd de back-ups van die server niet meer in de gaten met je sleutel (en stuur je er geen DM's meer over). Vraag de eigenaar van de server om je die machtiging te geven als je de DM's weer wilt ontvangen.",
    unknownGuild: 'een Discord-server',
  },
  notify: {
    on: "🔔 Ik stuur je DM's over de back-ups van {{server}}: back-ups die zonder mij zijn gemaakt (schema's, het paneel) en hoe ze aflopen, vastgelopen en verwijderde back-ups, herstelacties. Zet het uit met `/backup notify state:off`.",
    notWatched:
      "⚠️ Het paneel wordt in deze Discord-server nog niet in de gaten gehouden: een beheerder stelt een meldingenkanaal in via `/setup`, en dan beginnen de DM's.",
    off: "🔕 Geen DM's meer over de back-ups van {{server}}.",
  },
};
