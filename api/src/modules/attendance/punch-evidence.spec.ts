import { describe, expect, it } from 'vitest';
import { distanceMeters, insideGeofence, ipInRange, matchPlace, normalizeBssid, parseIpRange, type PunchPlace } from './punch-evidence.js';

const site: PunchPlace = { id: 'site', latitude: 22.3193, longitude: 114.2135, radiusMeters: 300, wifiBssids: ['aa:bb:cc:00:11:22'], ipRanges: [] };
const office: PunchPlace = { id: 'office', latitude: 22.2855, longitude: 114.1577, radiusMeters: 200, wifiBssids: [], ipRanges: ['203.0.113.0/24', '2001:db8::/32'] };
/** A point `meters` due north of a place. */
const north = (place: PunchPlace, meters: number, accuracyMeters = 10, isMock = false) => ({ latitude: place.latitude + meters / 111_195, longitude: place.longitude, accuracyMeters, isMock });

describe('geofence maths', () => {
  it('measures great-circle distance: Tsim Sha Tsui to Central is about 2.0 km; one degree of latitude about 111 km', () => {
    expect(distanceMeters({ latitude: 22.2946, longitude: 114.1722 }, { latitude: 22.2819, longitude: 114.1581 })).toBeGreaterThan(1900);
    expect(distanceMeters({ latitude: 22.2946, longitude: 114.1722 }, { latitude: 22.2819, longitude: 114.1581 })).toBeLessThan(2100);
    expect(distanceMeters({ latitude: 0, longitude: 0 }, { latitude: 1, longitude: 0 })).toBeCloseTo(111_195, -1);
    expect(distanceMeters(site, site)).toBe(0);
  });

  it('widens the fence by the fix’s accuracy, but by at most half its radius', () => {
    expect(insideGeofence(north(site, 299, 0), site)).toBe(true);
    expect(insideGeofence(north(site, 301, 0), site)).toBe(false);
    expect(insideGeofence(north(site, 380, 100), site)).toBe(true);
    expect(insideGeofence(north(site, 420, 100), site)).toBe(false);
    expect(insideGeofence(north(site, 440, 5000), site)).toBe(true);
    expect(insideGeofence(north(site, 460, 5000), site)).toBe(false);
  });
});

describe('Wi-Fi and IP evidence', () => {
  it('normalises BSSIDs written with colons, dashes or nothing; refuses anything else', () => {
    expect(normalizeBssid('AA-BB-CC-00-11-22')).toBe('aa:bb:cc:00:11:22');
    expect(normalizeBssid(' aabbcc001122 ')).toBe('aa:bb:cc:00:11:22');
    expect(normalizeBssid('aa:bb-cc:00:11:22')).toBeNull();
    expect(normalizeBssid('aa:bb:cc:00:11')).toBeNull();
    expect(normalizeBssid('gg:bb:cc:00:11:22')).toBeNull();
  });

  it('matches IPv4 and IPv6 ranges, IPv4-mapped addresses too; refuses malformed ranges', () => {
    expect(ipInRange('203.0.113.7', '203.0.113.0/24')).toBe(true);
    expect(ipInRange('::ffff:203.0.113.7', '203.0.113.0/24')).toBe(true);
    expect(ipInRange('203.0.114.7', '203.0.113.0/24')).toBe(false);
    expect(ipInRange('2001:db8:1::5', '2001:db8::/32')).toBe(true);
    expect(ipInRange('2001:db9::5', '2001:db8::/32')).toBe(false);
    expect(ipInRange('10.0.0.1', '10.0.0.1')).toBe(true);
    expect(parseIpRange('10.0.0.0/33')).toBeNull();
    expect(parseIpRange('10.0.0.0/8/1')).toBeNull();
    expect(parseIpRange('intranet')).toBeNull();
  });
});

describe('matching a punch to a place', () => {
  it('prefers Wi-Fi, then GPS, then the network; reports the nearest place when none matches', () => {
    expect(matchPlace([site, office], { location: north(site, 5000), wifiBssids: ['AA:BB:CC:00:11:22'], ip: '203.0.113.9' })).toMatchObject({ placeId: 'site', method: 'WIFI', flags: [] });
    expect(matchPlace([site, office], { location: north(office, 50), wifiBssids: [], ip: '203.0.113.9' })).toMatchObject({ placeId: 'office', method: 'GPS', distanceMeters: 50 });
    expect(matchPlace([site, office], { location: north(site, 5000), wifiBssids: [], ip: '203.0.113.9' })).toMatchObject({ placeId: 'office', method: 'IP' });
    expect(matchPlace([site, office], { location: north(site, 5000), wifiBssids: [], ip: '198.51.100.1' })).toEqual({
      placeId: null,
      method: 'OFFSITE',
      distanceMeters: 5000,
      nearestPlaceId: 'site',
      flags: ['OFFSITE'],
    });
  });

  it('never lets a mock location prove GPS, and flags a fix coarser than the fence', () => {
    expect(matchPlace([site], { location: north(site, 0, 5, true), wifiBssids: [], ip: null })).toMatchObject({ method: 'OFFSITE', flags: ['MOCK_LOCATION', 'OFFSITE'] });
    expect(matchPlace([site], { location: north(site, 0, 5, true), wifiBssids: ['aa:bb:cc:00:11:22'], ip: null })).toMatchObject({ method: 'WIFI', flags: ['MOCK_LOCATION'] });
    expect(matchPlace([site], { location: north(site, 100, 400), wifiBssids: [], ip: null })).toMatchObject({ method: 'GPS', flags: ['POOR_ACCURACY'] });
  });
});
