import { useFieldArray, useWatch } from 'react-hook-form';
import { Checkbox } from '@motesplats/ui';
import { WEEKDAYS, type OpeningHoursEntry, type Weekday } from '@motesplats/location-config';
import { ChoiceGroup } from '../fields/ChoiceGroup';
import { FormText } from '../fields/FormText';
import { useConfigForm } from '../fields/form-types';
import { useFieldIssue } from '../issues-context';
import { WEEKDAY_SV } from '../labels';
import { INFO_SHEET_OPTIONS } from './options';

const DEFAULT_HOURS = { opens: '08:30', closes: '16:00' };

/**
 * Opening hours as the week, not as a list: a weekday is ticked or not, and a ticked day shows
 * its hours. The config keeps its own order of entries; a new day is appended.
 */
function OpeningHours() {
  const { control } = useConfigForm();
  const { append, remove } = useFieldArray({ control, name: 'openingHours' });
  const entries = (useWatch({ control, name: 'openingHours' }) ?? []) as OpeningHoursEntry[];
  const listError = useFieldIssue('openingHours');
  const indexOf = (weekday: Weekday) => entries.findIndex((entry) => entry.weekday === weekday);
  return (
    <fieldset className="ms-field">
      <legend>Öppettider för Mötesplatsdagar</legend>
      {WEEKDAYS.map((weekday) => {
        const index = indexOf(weekday);
        return (
          <div key={weekday} className="ms-loc-day" data-testid={`opening-${weekday}`}>
            <Checkbox
              label={`Öppet ${WEEKDAY_SV[weekday].toLowerCase()}`}
              checked={index >= 0}
              onChange={(event) =>
                event.target.checked ? append({ weekday, ...DEFAULT_HOURS }) : remove(index)
              }
            />
            {index >= 0 ? (
              <>
                <FormText
                  name={`openingHours.${index}.opens`}
                  label={`${WEEKDAY_SV[weekday]} öppnar`}
                  type="time"
                />
                <FormText
                  name={`openingHours.${index}.closes`}
                  label={`${WEEKDAY_SV[weekday]} stänger`}
                  type="time"
                />
              </>
            ) : null}
          </div>
        );
      })}
      {listError ? <p className="ms-field__error">{listError}</p> : null}
    </fieldset>
  );
}

export function LanguagesHoursSection() {
  return (
    <section aria-labelledby="loc-languages-heading">
      <h3 id="loc-languages-heading">Språk och öppettider</h3>
      <ChoiceGroup
        name="infoSheetLanguages"
        legend="Informationsbladet finns på"
        options={INFO_SHEET_OPTIONS}
      />
      <OpeningHours />
    </section>
  );
}
