// Swedish texts of the newcomer's own app (apps/newcomer). The source language. Reviewed.
export const newcomerSv = {
  'newcomer.app.title': 'Mötesplats – min sida',
  'newcomer.app.skipToContent': 'Hoppa till innehållet',
  'newcomer.language.label': 'Språk',
  'newcomer.nav.label': 'Meny',
  'newcomer.nav.invitation': 'Min kallelse',
  'newcomer.nav.info': 'Om mötena',
  'newcomer.nav.checklist': 'Min checklista',
  'newcomer.nav.sharing': 'Vem får se min lista',
  'newcomer.nav.accessLog': 'Vem har tittat',
  'newcomer.nav.feedback': 'Tyck till',
  'newcomer.signOut': 'Logga ut',
  'newcomer.loading': 'Laddar …',
  'newcomer.error.generic': 'Något gick fel. Försök igen om en stund.',
  'newcomer.error.offline': 'Du är inte ansluten till internet. Försök igen när du har kontakt.',
  'newcomer.error.signedOut': 'Du har loggats ut. Logga in igen med koden från kallelsen.',
  'newcomer.retry': 'Försök igen',
  'newcomer.offline.lastUpdated': 'Du är offline. Senast uppdaterad {time}.',

  'newcomer.signIn.heading': 'Logga in',
  'newcomer.signIn.intro':
    'Skriv den personliga koden från din kallelse. Du kan också skanna QR-koden på kallelsen med mobilens kamera.',
  'newcomer.signIn.codeLabel': 'Personlig kod',
  'newcomer.signIn.codeHint': 'Fyra grupper med fyra tecken, precis som på kallelsen.',
  'newcomer.signIn.submit': 'Logga in',
  'newcomer.signIn.signingIn': 'Loggar in …',
  'newcomer.signIn.empty': 'Skriv koden från kallelsen.',
  'newcomer.signIn.wrongCode':
    'Koden stämmer inte. Jämför den med koden på kallelsen och försök igen.',
  'newcomer.signIn.locked':
    'För många felaktiga försök. Vänta {minutes, plural, one {# minut} other {# minuter}} och försök sedan igen.',

  'newcomer.invitation.none': 'Du har ingen kallelse just nu.',
  'newcomer.invitation.addressHeading': 'Adress',
  'newcomer.invitation.rightBuilding':
    'Gå till just den här adressen. Kontrollera namnet på huset innan du går in.',
  'newcomer.invitation.openMap': 'Visa adressen på en karta',
  'newcomer.invitation.dayHeading': 'Så går dagen till',
  'newcomer.invitation.dayText':
    'Du träffar flera myndigheter efter varandra på samma ställe. En handläggare följer dig till nästa möte. Dagen tar flera timmar.',
  'newcomer.invitation.for': 'Kallelsen gäller: {names}',

  'newcomer.info.heading': 'Vad handlar mötena om?',
  'newcomer.info.intro': 'Här står vad du gör hos varje myndighet under dagen.',
  'newcomer.info.mv': 'Du får beslutet om ditt uppehållstillstånd och kan ställa frågor om det.',
  'newcomer.info.af':
    'Ditt första möte om etablering: vi pratar om din utbildning och ditt arbete, om översättning av betyg och intyg, och du kan söka etableringsersättning.',
  'newcomer.info.fk':
    'Information om ersättningar från Försäkringskassan som passar din situation, och hjälp att söka. Familjer med barn behöver registrera sig.',
  'newcomer.info.pm':
    'Är du 65 år eller äldre kan du söka ålderspension eller äldreförsörjningsstöd.',
  'newcomer.info.skv':
    'Hjälp att fylla i anmälan om flytt till Sverige, så att du kan få ett personnummer. Information om hur du skaffar id-kort.',
  'newcomer.info.kommun':
    'Anmälan till förskola, skola och svenska för invandrare (sfi). Vid behov kan du söka ekonomiskt bistånd.',

  'newcomer.checklist.heading': 'Min checklista',
  'newcomer.checklist.intro':
    'Listan är din. Varje myndighet fyller i sin del under dagen. Du bestämmer vem som får se den.',
  'newcomer.checklist.remaining':
    '{count, plural, =0 {Allt är klart} one {# sak kvar att göra} other {# saker kvar att göra}}',
  'newcomer.checklist.empty': 'Checklistan är tom än så länge. Den fylls i under dagen.',
  'newcomer.checklist.household': 'Hela hushållet',
  'newcomer.checklist.status.todo': 'Att göra',
  'newcomer.checklist.status.done': 'Klart',
  'newcomer.checklist.status.not-applicable': 'Gäller inte dig',
  'newcomer.checklist.status.follow-up': 'Fortsätter efter dagen',
  'newcomer.checklist.note': 'Handläggarens anteckning: {note}',
  'newcomer.checklist.afterHeading': 'Efter dagen',
  'newcomer.checklist.afterNone': 'Inget behöver följas upp efter dagen.',
  'newcomer.checklist.afterIntro': 'Det här fortsätter efter dagen:',

  'newcomer.sharing.heading': 'Vem får se min lista',
  'newcomer.sharing.intro':
    'Myndigheterna ser bara sina egna delar av listan. Du kan låta fler se hela listan, och ta tillbaka det när du vill.',
  'newcomer.sharing.granteeLabel': 'Vem',
  'newcomer.sharing.grantee.all-present-today': 'Alla myndigheter jag träffar i dag',
  'newcomer.sharing.untilLabel': 'Hur länge',
  'newcomer.sharing.until.today': 'Till i kväll',
  'newcomer.sharing.until.month': 'En månad',
  'newcomer.sharing.until.year': 'Ett år',
  'newcomer.sharing.grant': 'Ge tillgång',
  'newcomer.sharing.revoke': 'Ta tillbaka',
  'newcomer.sharing.revokeFor': 'Ta tillbaka tillgången för {who}',
  'newcomer.sharing.active': '{who} kan se din lista till {until}.',
  'newcomer.sharing.ended': '{who} kunde se din lista till {until}.',
  'newcomer.sharing.none': 'Ingen annan kan se din lista just nu.',
  'newcomer.sharing.granted': '{who} kan nu se din lista.',
  'newcomer.sharing.revoked': '{who} kan inte längre se din lista.',
  'newcomer.sharing.historyHeading': 'Tidigare',

  'newcomer.accessLog.heading': 'Vem har tittat på mina uppgifter',
  'newcomer.accessLog.intro': 'Varje gång någon läser eller ändrar dina uppgifter sparas det här.',
  'newcomer.accessLog.empty': 'Ingen har tittat på dina uppgifter än.',
  'newcomer.accessLog.you': 'Du själv',
  'newcomer.accessLog.staff': 'En handläggare',
  'newcomer.accessLog.action.read': 'läste',
  'newcomer.accessLog.action.create': 'lade till',
  'newcomer.accessLog.action.update': 'ändrade',
  'newcomer.accessLog.action.delete': 'tog bort',
  'newcomer.accessLog.action.attempt': 'försökte',
  'newcomer.accessLog.denied': 'Nekades',
  'newcomer.accessLog.count': '{count, plural, one {# händelse} other {# händelser}}',

  'newcomer.feedback.heading': 'Tyck till om dagen',
  'newcomer.feedback.intro': 'Hjälp oss att bli bättre. Du kan skriva på ditt eget språk.',
  'newcomer.feedback.ratingLabel': 'Hur var dagen?',
  'newcomer.feedback.rating':
    '{rating, plural, one {# av 5 – inte bra} =5 {# av 5 – mycket bra} other {# av 5}}',
  'newcomer.feedback.commentLabel': 'Vill du berätta mer? (frivilligt)',
  'newcomer.feedback.submit': 'Skicka',
  'newcomer.feedback.chooseRating': 'Välj hur dagen var.',
  'newcomer.feedback.thanks': 'Tack för att du tyckte till!',
  'newcomer.feedback.alreadySent': 'Du har redan tyckt till om det här besöket. Tack!',
  'newcomer.feedback.notYet': 'Du kan tycka till efter besöket, när dagen är klar.',
  'newcomer.feedback.unavailable': 'Det går inte att tycka till här än. Fråga personalen på plats.',
} as const;
