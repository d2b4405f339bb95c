import { describeFourHundredDays } from './cases';

// Lord Howe moves its clocks by 30 minutes: in October 02:00-02:29 is skipped, in April 01:30-01:59 repeats.
describeFourHundredDays('Australia/Lord_Howe', [
	['09:00', {}],
	// 02:15 on 2025-10-05 does not exist: the post comes at 02:30 (+11:00).
	['02:15', { '2025-10-05': '2025-10-04T15:30:00.000Z' }],
	// 01:45 on 2025-04-06 happens twice: the post comes at the first, still +11:00.
	['01:45', { '2025-04-06': '2025-04-05T14:45:00.000Z' }],
	['23:59', {}],
]);
