import { describeFourHundredDays } from './cases';

describeFourHundredDays('UTC', [
	['09:00', {}],
	['00:00', {}],
	['23:59', {}],
]);
