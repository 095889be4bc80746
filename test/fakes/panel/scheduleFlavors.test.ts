import { afterEach, describe, expect, it } from 'vitest';
import { call, closePanels, firstError, validationError } from './harness.js';
import { scheduleBody, setupSchedules } from './scheduleFixtures.js';

afterEach(closePanels);

describe('flavor differences of schedule input', () => {
  it('pterodactyl: names up to 191, casts only_when_online unchecked, a missing month is a 500', async () => {
    const { panel, owner, schedules } = await setupSchedules('pterodactyl');
    const long = await call(panel, owner.key, 'POST', schedules, scheduleBody({ name: 'n'.repeat(192) }));
    expect(long.json.errors).toEqual([
      validationError('name', 'max', 'The name may not be greater than 191 characters.'),
    ]);
    const cast = await call(panel, owner.key, 'POST', schedules, scheduleBody({ only_when_online: 'no' }));
    expect(cast.status).toBe(200);
    expect(cast.json.attributes.only_when_online).toBe(true);
    for (const month of [undefined, null, ' ']) {
      const answer = await call(panel, owner.key, 'POST', schedules, scheduleBody({ month }));
      expect(answer.status).toBe(500);
      expect(answer.json).toEqual({
        errors: [
          {
            code: 'TypeError',
            status: '500',
            detail: 'An unexpected error was encountered while processing this request, please try again.',
          },
        ],
      });
    }
    const numeric = await call(panel, owner.key, 'POST', schedules, scheduleBody({ month: 5 }));
    expect(numeric.status).toBe(500);
    expect(firstError(numeric).code).toBe('DataValidationException');
    expect((await call(panel, owner.key, 'GET', schedules)).json.data).toHaveLength(1);
  });

  it('pelican: names up to 255, validates month and only_when_online', async () => {
    const { panel, owner, server, schedules } = await setupSchedules('pelican');
    const fits = await call(panel, owner.key, 'POST', schedules, scheduleBody({ name: 'n'.repeat(255) }));
    expect(fits.status).toBe(200);
    const long = await call(panel, owner.key, 'POST', schedules, scheduleBody({ name: 'n'.repeat(256) }));
    expect(long.json.errors).toEqual([
      validationError('name', 'max', 'The name may not be greater than 255 characters.'),
    ]);
    const path = `${schedules}/${panel.addSchedule(server).id}`;
    const month = await call(panel, owner.key, 'POST', path, scheduleBody({ month: undefined }));
    expect(month.json.errors).toEqual([validationError('month', 'required', 'The month field is required.')]);
    const online = await call(
      panel,
      owner.key,
      'POST',
      path,
      scheduleBody({ only_when_online: 'no', month: 5 }),
    );
    expect(online.json.errors).toEqual([
      validationError('only_when_online', 'boolean', 'The only when online field must be true or false.'),
      validationError('month', 'string', 'The month must be a string.'),
    ]);
  });

  it('pelican: counts schedule creates per server, failed ones too, 2 a minute', async () => {
    const { panel, owner, server, schedules } = await setupSchedules('pelican');
    expect((await call(panel, owner.key, 'POST', schedules, {})).status).toBe(422);
    const member = panel.addUser();
    panel.addSubuser(server, member, []);
    expect((await call(panel, member.key, 'POST', schedules, scheduleBody())).status).toBe(403);
    const limited = await call(panel, owner.key, 'POST', schedules, scheduleBody());
    expect(limited.status).toBe(429);
    expect(firstError(limited)).toEqual({
      code: 'ThrottleRequestsException',
      status: '429',
      detail: 'Too Many Attempts.',
    });
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(55);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.headers.get('x-ratelimit-limit')).toBe('2');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(panel.schedulesOf(server)).toEqual([]);
    // Per server: another server of the same user still may.
    const other = panel.addServer({ owner });
    const elsewhere = `/api/client/servers/${other.identifier}/schedules`;
    expect((await call(panel, owner.key, 'POST', elsewhere, scheduleBody())).status).toBe(200);
  });

  it('pterodactyl: has no schedule-create limit', async () => {
    const { panel, owner, server, schedules } = await setupSchedules('pterodactyl');
    for (let i = 0; i < 4; i++) {
      expect((await call(panel, owner.key, 'POST', schedules, scheduleBody())).status).toBe(200);
    }
    expect(panel.schedulesOf(server)).toHaveLength(4);
  });
});
