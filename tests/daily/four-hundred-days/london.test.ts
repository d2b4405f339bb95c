import { describeFourHundredDays } from './cases';

describeFourHundredDays('Europe/London', [
	['09:00', {}],
	// 2025-03-30 skips 01:00-01:59 (post at 02:00 BST); 2025-10-26 repeats it (post at the BST occurrence).
	['01:30', { '2025-03-30': '2025-03-30T01:00:00.000Z', '2025-10-26': '2025-10-26T00:30:00.000Z' }],
	['23:59', {}],
]);
