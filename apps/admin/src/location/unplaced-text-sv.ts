/**
 * The day planner's reasons for leaving a household out (scheduling's UnplacedCode), in
 * Swedish and as what the location admin can change. An unknown code keeps the planner's own
 * (English) reason, which names the numbers.
 */
const UNPLACED_SV: Record<string, string> = {
  NO_CASEWORKER_FOR_ACTOR: 'Ingen handläggare för en av aktörerna i kedjan arbetar den dagen.',
  NO_ROOM_FOR_FAMILY: 'Hushållet får inte plats i något rum. Lägg till ett större rum.',
  NO_INTERPRETER_FOR_LANGUAGE: 'Ingen tolk för hushållets språk finns i tolkpoolen.',
  INTERPRETER_HOURS_TOO_SHORT: 'Tolken hinner inte hela kedjan under sina timmar.',
  DAY_TOO_SHORT: 'Kedjan hinns inte med före stängning.',
  INTERPRETER_BOOKED_UP: 'Tolkarna för hushållets språk är fullbokade.',
  NO_TIME_LEFT: 'Rummen och handläggarna som kedjan behöver är fullbokade före stängning.',
};

export function unplacedTextSv(item: { code: string | null; reason: string }): string {
  return (item.code && UNPLACED_SV[item.code]) || item.reason;
}
