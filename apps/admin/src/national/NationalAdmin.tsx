/** Statens servicecenter's view: all locations, the national frame, permits. (Being built.) */
export function NationalAdmin() {
  return <h2>Nationell administration</h2>;
}
