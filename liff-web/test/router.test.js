import { describe, expect, it } from 'vitest';
import { liffStateTarget, match, path } from '../src/router.js';

describe('routes', () => {
	it('match the app\'s addresses', () => {
		expect(match('/liff/')).toEqual({ name: 'services', params: {} });
		expect(match('/liff')).toEqual({ name: 'services', params: {} });
		expect(match('/liff/services/nuisance')).toEqual({ name: 'service', params: { code: 'nuisance' } });
		expect(match('/liff/requests')).toEqual({ name: 'requests', params: {} });
		expect(match('/liff/requests/ER-2569-000123')).toEqual({ name: 'request', params: { trackingNumber: 'ER-2569-000123' } });
		expect(match('/liff/settings/')).toEqual({ name: 'settings', params: {} });
		expect(match('/liff/nothing/here').name).toBe('notFound');
		expect(match('/staff').name).toBe('notFound');
	});

	it('build addresses that match back', () => {
		expect(match(path('request', { trackingNumber: 'ER-2569-000123' })).params.trackingNumber).toBe('ER-2569-000123');
		expect(path('service', { code: 'a b' })).toBe('/liff/services/a%20b');
	});
});

describe('liff.state (a LIFF URL with a path)', () => {
	it('leads to the path inside the app', () => {
		expect(liffStateTarget('?liff.state=%2Frequests%2FER-2569-000123')).toBe('/liff/requests/ER-2569-000123');
		expect(liffStateTarget('?liff.state=%2Fliff%2Fsettings')).toBe('/liff/settings');
		expect(liffStateTarget('?liff.state=%2Fservices%2Fnuisance%3Fx%3D1')).toBe('/liff/services/nuisance?x=1');
	});

	it('never leads anywhere else', () => {
		expect(liffStateTarget('')).toBeNull();
		expect(liffStateTarget('?liff.state=%2F%2Fevil.example%2F')).toBeNull();
		expect(liffStateTarget('?liff.state=https%3A%2F%2Fevil.example%2F')).toBeNull();
		expect(liffStateTarget('?liff.state=%2F%5Cevil.example')).toBeNull();
	});
});
