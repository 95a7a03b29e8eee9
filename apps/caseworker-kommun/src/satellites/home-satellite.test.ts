import { describe, expect, it } from 'vitest';
import { item } from '@motesplats/caseworker-kit/testing';
import { withSatellites } from '../test/location-fixtures';
import { homeContactItem, homeSatellite } from './home-satellite';

const satellites = withSatellites().config.satellites;
const [provby, provholm] = satellites;
const contact = (note: string) =>
  item({ actor: 'kommun', code: 'home-municipality-contact', memberId: null, note });

describe('homeContactItem', () => {
  it("finds the household's contact item, if it has one", () => {
    expect(homeContactItem([item(), contact('x')])?.code).toBe('home-municipality-contact');
    expect(homeContactItem([item()])).toBeUndefined();
  });
});

describe('homeSatellite', () => {
  it("names the satellite with the household's municipality code", () => {
    expect(homeSatellite(provholm!.code, satellites)).toBe(provholm);
    expect(homeSatellite(provby!.code, satellites)).toBe(provby);
  });

  it('names none for an unknown or missing code', () => {
    expect(homeSatellite('0000', satellites)).toBeNull();
    expect(homeSatellite(null, satellites)).toBeNull();
  });
});
