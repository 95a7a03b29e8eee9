import { describe, expect, it } from 'vitest';
import { benefitsForHousehold, type BenefitMember } from './benefits-for-household';

const DAY = '2026-11-23';
const person = (givenName: string, birthDate: string): BenefitMember => ({ givenName, birthDate });
const topics = (members: BenefitMember[], onDate = DAY) =>
  benefitsForHousehold(members, onDate).map((a) => a.topic);
const reasonFor = (members: BenefitMember[], topic: string, onDate = DAY) =>
  benefitsForHousehold(members, onDate).find((a) => a.topic === topic)?.reason;

describe('benefitsForHousehold', () => {
  it('gives a family with small children every child benefit, in the order of the topics', () => {
    const family = [
      person('Testa', '1990-03-01'),
      person('Prova', '1988-07-15'),
      person('Lilla', '2020-05-05'),
    ];
    expect(benefitsForHousehold(family, DAY)).toEqual([
      {
        topic: 'child-allowance',
        reason: 'Lilla (6 år) är under 16 år: barnbidrag betalas för barn under 16 år.',
      },
      {
        topic: 'housing-allowance',
        reason: 'Hushållet har barn: barnfamiljer kan få bostadsbidrag.',
      },
      {
        topic: 'parental-benefit',
        reason:
          'Lilla (6 år) är under 12 år: föräldrapenning och tillfällig föräldrapenning (vård av sjukt barn) kan bli aktuella.',
      },
      {
        topic: 'dental-care',
        reason:
          'Testa (36 år) och Prova (38 år) är vuxna: information om statligt tandvårdsstöd, som kräver registrering i socialförsäkringen.',
      },
      {
        topic: 'maintenance-support',
        reason: 'Om föräldrarna inte bor ihop kan underhållsstöd bli aktuellt för Lilla (6 år).',
      },
    ]);
  });

  it('gives a single adult of 29 or more only dental care information', () => {
    expect(topics([person('Ensam', '1970-01-01')])).toEqual(['dental-care']);
    expect(reasonFor([person('Ensam', '1970-01-01')], 'dental-care')).toMatch(
      /^Ensam \(56 år\) är vuxen:/,
    );
  });

  it('offers young adults without children housing allowance until they turn 29', () => {
    const turns29Tomorrow = [person('Ung', '1997-11-24')];
    const turns29Today = [person('Ung', '1997-11-23')];
    expect(topics(turns29Tomorrow)).toEqual(['housing-allowance', 'dental-care']);
    expect(reasonFor(turns29Tomorrow, 'housing-allowance')).toBe(
      'Ung (28 år) är under 29 år: unga kan få bostadsbidrag även utan barn.',
    );
    expect(topics(turns29Today)).toEqual(['dental-care']);
  });

  it('moves a child from child allowance to the study mention on the 16th birthday', () => {
    const dayBefore = [person('Ali', '2010-11-24')];
    const birthday = [person('Ali', '2010-11-23')];
    expect(reasonFor(dayBefore, 'child-allowance')).toBe(
      'Ali (15 år) är under 16 år: barnbidrag betalas för barn under 16 år.',
    );
    expect(reasonFor(birthday, 'child-allowance')).toBe(
      'Ali (16 år) är 16–19 år: barnbidraget upphör vid 16 år, men vid studier kan förlängt barnbidrag eller studiebidrag från CSN bli aktuellt.',
    );
  });

  it('names both reasons when there are children under 16 and a teenager of 16–19', () => {
    const reason = reasonFor(
      [person('Liten', '2018-01-01'), person('Stor', '2008-01-01')],
      'child-allowance',
    );
    expect(reason).toContain('Liten (8 år) är under 16 år');
    expect(reason).toContain('Stor (18 år) är 16–19 år');
  });

  it('stops the study mention on the 20th birthday', () => {
    expect(reasonFor([person('Stor', '2006-11-24')], 'child-allowance')).toContain('(19 år)');
    expect(reasonFor([person('Stor', '2006-11-23')], 'child-allowance')).toBeUndefined();
  });

  it('stops parental benefit on the 12th birthday of the youngest child', () => {
    const elevenToday = [person('Barn', '2014-11-24')];
    const twelveToday = [person('Barn', '2014-11-23')];
    expect(topics(elevenToday)).toContain('parental-benefit');
    expect(topics(twelveToday)).not.toContain('parental-benefit');
    expect(topics(twelveToday)).toContain('child-allowance');
  });

  it('treats a member who turns 18 on the day as an adult, not a child', () => {
    const adultToday = [person('Vuxen', '2008-11-23')];
    expect(topics(adultToday)).toEqual([
      'child-allowance', // the study mention: 18 is within 16–19
      'housing-allowance',
      'dental-care',
    ]);
    expect(reasonFor(adultToday, 'housing-allowance')).toContain('under 29 år');
    expect(topics([person('Barn', '2008-11-24')])).toContain('maintenance-support');
  });

  it('ages a child born on 29 February on 29 February in a leap year and on 1 March otherwise', () => {
    const leapling = [person('Skott', '2012-02-29')];
    expect(reasonFor(leapling, 'child-allowance', '2028-02-28')).toContain(
      '(15 år) är under 16 år',
    );
    expect(reasonFor(leapling, 'child-allowance', '2028-02-29')).toContain('(16 år) är 16–19 år');
    expect(reasonFor(leapling, 'child-allowance', '2027-02-28')).toContain('(14 år)');
    expect(reasonFor(leapling, 'child-allowance', '2027-03-01')).toContain('(15 år)');
  });

  it('phrases maintenance support as a possibility, never a conclusion', () => {
    const reason = reasonFor([person('Barn', '2020-01-01')], 'maintenance-support');
    expect(reason).toMatch(/^Om föräldrarna inte bor ihop kan underhållsstöd bli aktuellt/);
  });

  it('never suggests sickness benefit from ages alone', () => {
    const everyone = ['1950-01-01', '1990-01-01', '2010-01-01', '2024-01-01'].map((d, i) =>
      person(`P${i}`, d),
    );
    expect(topics(everyone)).not.toContain('sickness-benefit');
  });

  it('leaves out a member whose birth date is after the day instead of failing', () => {
    expect(topics([person('Fel', '2027-01-01')])).toEqual([]);
    expect(topics([person('Fel', '2027-01-01'), person('Vuxen', '1970-01-01')])).toEqual([
      'dental-care',
    ]);
  });
});
