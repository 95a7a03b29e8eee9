/** The location admin's view: the open location's configuration as forms. (Being built.) */
export function LocationAdmin() {
  return <h2>Ortens konfiguration</h2>;
}
