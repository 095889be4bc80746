import { truncate } from '#discord/text.js';
import { t } from '#i18n/i18n.js';
import { cronString, type Preset, parsePreset, parseWhen, presetValue } from '#schedules/when.js';
import { presetWords, ruleInWords } from '#schedules/words.js';
import { UserFacingError } from '#src/errors.js';

/** What the `when` option suggests: the presets, and what the member typed read back in words. */

const PRESETS: readonly Preset[] = [
  { kind: 'hours', every: 6, minute: 0 },
  { kind: 'hours', every: 12, minute: 0 },
  { kind: 'daily', hour: 3, minute: 0 },
  { kind: 'weekly', weekday: 0, hour: 3, minute: 0 },
];

interface Choice {
  name: string;
  value: string;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function presetChoice(preset: Preset): Choice {
  return { name: capitalised(presetWords(preset)), value: presetValue(preset) };
}

/**
 * The typed text first, read back in words when it is a usable rule and with the reason when it is
 * not (choosing it then gets that reason in full); then the presets that match what was typed.
 */
export function whenChoices(typed: string): Choice[] {
  const text = typed.trim();
  if (text === '') return PRESETS.map(presetChoice);
  const choices: Choice[] = [];
  try {
    const { fields, preset } = parseWhen(text);
    choices.push(
      preset
        ? presetChoice(preset)
        : {
            name: truncate(
              t('schedule.choice.cron', { rule: capitalised(ruleInWords(fields)), cron: cronString(fields) }),
              100,
            ),
            value: text,
          },
    );
  } catch (error) {
    const why =
      error instanceof UserFacingError
        ? error.userMessage.replaceAll('`', '')
        : t('schedule.choice.notASchedule');
    choices.push({
      name: truncate(t('schedule.choice.refused', { reason: why }), 100),
      value: text.slice(0, 100),
    });
  }
  const lower = text.toLowerCase();
  const typedPreset = parsePreset(text);
  for (const preset of PRESETS) {
    const choice = presetChoice(preset);
    const same = typedPreset !== null && presetValue(typedPreset) === choice.value;
    if (!same && (choice.name.toLowerCase().includes(lower) || choice.value.includes(lower)))
      choices.push(choice);
  }
  return choices.slice(0, 25);
}
