import { describe, expect, it } from 'vitest';
import { venueIn } from '../../../../shared/domain/past-minutes/venue';
import { paras } from '../../../support/past-minutes/units';

describe('the venue', () => {
  it('reads a labelled venue', () => {
    expect(venueIn(paras('Date: 7 September 2023', 'Venue: Boardroom, Riverside House'))?.value).toBe('Boardroom, Riverside House');
  });

  it('reads "held at" and "at 2.00 pm in" in the heading', () => {
    expect(venueIn(paras('Minutes of the meeting held at County Hall, Shelbourne on Monday, 2 December 2019'))?.value).toBe(
      'County Hall, Shelbourne',
    );
    expect(venueIn(paras('held on Tuesday, 3 February 2015 at 7.00 pm in Committee Room 1, Town Hall'))?.value).toBe('Committee Room 1, Town Hall');
  });

  it('finds nothing where no building is named', () => {
    expect(venueIn(paras('Minutes of the Cabinet', 'Present: Councillor A Lee'))).toBeUndefined();
  });
});
