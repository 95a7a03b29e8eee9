/**
 * What the caseworker tells the person about Skatteverket's ID card. Folded by default: it is
 * the same for every member, and an open copy in each member's card would bury the checkboxes.
 * No fee amount: it changes, and a wrong figure here would be repeated to every newcomer.
 */
export function IdCardRequirements() {
  return (
    <details className="ms-skv-id-card">
      <summary>Vad krävs för id-kort?</summary>
      <ul>
        <li>
          <strong>Personnummer först.</strong> Man kan ansöka om id-kort när man är folkbokförd och
          har fått ett personnummer, alltså när Skatteverket har beslutat om anmälan om flytt.
        </li>
        <li>
          <strong>Besök på ett servicekontor.</strong> Ansökan görs på plats, där personen också
          fotograferas. Boka gärna tid i förväg.
        </li>
        <li>
          <strong>Id-handling.</strong> Ta med en giltig id-handling, till exempel pass. Den som
          saknar godkänd id-handling kan i vissa fall få sin identitet intygad av en nära anhörig
          som följer med till besöket.
        </li>
        <li>
          <strong>Avgift.</strong> Ansökan kostar en avgift som ska vara betald före besöket.
          Aktuellt belopp och hur man betalar står på skatteverket.se.
        </li>
      </ul>
    </details>
  );
}
