import { describeFourHundredDays } from './cases';

describeFourHundredDays('America/Chicago', [
	['09:00', {}],
	// 2025-03-09 skips 02:00-02:59: the post comes at 03:00 CDT. 02:30 on 2025-11-02 happens once, in CST.
	['02:30', { '2025-03-09': '2025-03-09T08:00:00.000Z', '2025-11-02': '2025-11-02T08:30:00.000Z' }],
	// Chicago falls back from 02:00 CDT to 01:00 CST, so the repeated hour is 01:00-01:59: first occurrence.
	['01:30', { '2025-11-02': '2025-11-02T06:30:00.000Z' }],
	['23:59', {}],
]);
