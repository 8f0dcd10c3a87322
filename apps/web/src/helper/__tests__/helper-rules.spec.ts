// The helper app's rules that need no browser: wall-clock times with their 24:00 end, the languages
// offered with their names in the reader's locale, and the addresses of the helper's pages.
import { describe, expect, it } from '@jest/globals';
import { languageChoices, languageName } from '../languages';
import { helperJobHref, helperRouteOf, jobRequestOf } from '../routes';
import { readWallClock, timeToSend, weekFieldsOf, weekSlotsToSave } from '../wall-clock';

describe('the weekly template', () => {
  const weekly = [
    { weekday: 1, start: '00:00', end: '24:00' },
    { weekday: 5, start: '18:00', end: '24:00' },
  ];

  it('shows an end at midnight as 24:00, not as 23:59', () => {
    expect(weekFieldsOf(weekly).map((slot) => slot.end)).toEqual(['24:00', '24:00']);
  });

  it('saves a 24:00 end as 24:00, unchanged or typed again', () => {
    expect(weekSlotsToSave(weekFieldsOf(weekly))).toEqual(weekly);
    expect(weekSlotsToSave([{ weekday: 2, start: '8', end: '24' }])).toEqual([{ weekday: 2, start: '08:00', end: '24:00' }]);
  });
});

describe('readWallClock', () => {
  it('reads the ways people type a time', () => {
    expect(['9', '9:30', '09.30', '0930', '9h30', ' 17:05 '].map((text) => readWallClock(text, 'start'))).toEqual(['09:00', '09:30', '09:30', '09:30', '09:30', '17:05']);
  });

  it('takes midnight as the end of the day, and only as an end', () => {
    expect(readWallClock('24:00', 'end')).toBe('24:00');
    expect(readWallClock('0:00', 'end')).toBe('24:00');
    expect(readWallClock('24:00', 'start')).toBeNull();
    expect(readWallClock('00:00', 'start')).toBe('00:00');
  });

  it('refuses what is not a time, and sends it as typed so the server names the field', () => {
    expect(['24:30', '9:60', 'noon', '', '123:00'].map((text) => readWallClock(text, 'end'))).toEqual([null, null, null, null, null]);
    expect(timeToSend(' noon ', 'end')).toBe('noon');
  });
});

describe('languageChoices', () => {
  it('names the languages in the reader’s locale and keeps the helper’s own', () => {
    expect(languageName('de', 'fr')).toBe('Allemand');
    expect(languageName('it', 'de-CH')).toBe('Italienisch');
    const choices = languageChoices(['ja', 'de'], 'en');
    expect(choices.filter((choice) => choice.code === 'de')).toEqual([{ code: 'de', name: 'German' }]);
    expect(choices.find((choice) => choice.code === 'ja')?.name).toBe('Japanese');
    const names = choices.map((choice) => choice.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });
});

describe('the helper app’s addresses', () => {
  it('names a job by its request, as the notifications link to it', () => {
    const page = helperRouteOf('/helper/jobs/0b7c1f0e-4d7a-4d36-9b1e-6d5f3c2a1b00');
    expect(page).toBe('jobs/0b7c1f0e-4d7a-4d36-9b1e-6d5f3c2a1b00');
    expect(page && page !== 'not-found' ? jobRequestOf(page) : null).toBe('0b7c1f0e-4d7a-4d36-9b1e-6d5f3c2a1b00');
    expect(helperJobHref('0b7c1f0e-4d7a-4d36-9b1e-6d5f3c2a1b00')).toBe('/helper/jobs/0b7c1f0e-4d7a-4d36-9b1e-6d5f3c2a1b00');
  });

  it('keeps the tabs, and finds nothing past a job or in an unknown page', () => {
    expect(['/helper', '/helper/offers', '/helper/apply'].map(helperRouteOf)).toEqual(['home', 'offers', 'apply']);
    expect(jobRequestOf('offers')).toBeNull();
    expect(['/helper/jobs', '/helper/jobs/1/more', '/helper/nothing'].map(helperRouteOf)).toEqual(['not-found', 'not-found', 'not-found']);
    expect(helperRouteOf('/helpers/1')).toBeNull();
  });
});
