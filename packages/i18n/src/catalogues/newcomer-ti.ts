import type { NewcomerKey } from './newcomer-keys.js';

// Tigrinya texts of the newcomer's app. Machine-drafted: needs review (see review-status.ts).
export const newcomerTi: Record<NewcomerKey, string> = {
  'newcomer.app.title': 'Mötesplats – ገጸይ',
  'newcomer.app.skipToContent': 'ናብ ትሕዝቶ ኪድ',
  'newcomer.language.label': 'ቋንቋ',
  'newcomer.nav.label': 'ዝርዝር',
  'newcomer.nav.invitation': 'ዕድመይ',
  'newcomer.nav.info': 'ብዛዕባ ርክባት',
  'newcomer.nav.checklist': 'ዝርዝር ስራሕተይ',
  'newcomer.nav.sharing': 'ዝርዝረይ መን ክርእዮ ይኽእል',
  'newcomer.nav.accessLog': 'መን ርእዩ',
  'newcomer.nav.feedback': 'ርእይቶ',
  'newcomer.signOut': 'ውጻእ',
  'newcomer.loading': 'ይጽዕን ኣሎ …',
  'newcomer.error.generic': 'ገለ ጌጋ ተፈጢሩ። በጃኹም ድሕሪ ቁሩብ እንደገና ፈትኑ።',
  'newcomer.error.offline': 'ምስ ኢንተርነት ኣይተራኸብኩምን። ምስ ተራኸብኩም እንደገና ፈትኑ።',
  'newcomer.error.signedOut': 'ወጺእኩም ኣለኹም። ብኮድ ዕድመ እንደገና እቶ።',
  'newcomer.retry': 'እንደገና ፈትን',
  'newcomer.offline.lastUpdated': 'ካብ መስመር ወጻኢ ኢኹም። ናይ መወዳእታ ምሕዳስ {time}።',

  'newcomer.signIn.heading': 'እቶ',
  'newcomer.signIn.intro':
    'ነቲ ኣብ ዕድመኹም ዘሎ ውልቃዊ ኮድ ጽሓፉ። ነቲ ኣብ ዕድመ ዘሎ QR ኮድ ብካሜራ ተሌፎንኩም ክትርእይዎ’ውን ትኽእሉ።',
  'newcomer.signIn.codeLabel': 'ውልቃዊ ኮድ',
  'newcomer.signIn.codeHint': 'ኣርባዕተ ጉጅለ ካብ ኣርባዕተ ፊደላት፣ ከምቲ ኣብ ዕድመ ዘሎ።',
  'newcomer.signIn.submit': 'እቶ',
  'newcomer.signIn.signingIn': 'ይኣቱ ኣሎ …',
  'newcomer.signIn.empty': 'ነቲ ኮድ ዕድመ ጽሓፉ።',
  'newcomer.signIn.wrongCode': 'እቲ ኮድ ቅኑዕ ኣይኮነን። ምስቲ ኣብ ዕድመ ዘሎ ኮድ ኣወዳድሩ እሞ እንደገና ፈትኑ።',
  'newcomer.signIn.locked':
    'ብዙሕ ጌጋ ፈተነታት። {minutes, plural, one {# ደቒቕ} other {# ደቓይቕ}} ተጸበዩ ድሕሪኡ እንደገና ፈትኑ።',

  'newcomer.invitation.none': 'ሕጂ ዕድመ የብልኩምን።',
  'newcomer.invitation.addressHeading': 'ኣድራሻ',
  'newcomer.invitation.rightBuilding': 'ናብዚ ኣድራሻ እዚ ጥራይ ኪዱ። ቅድሚ ምእታውኩም ስም እቲ ህንጻ ኣረጋግጹ።',
  'newcomer.invitation.openMap': 'ነቲ ኣድራሻ ኣብ ካርታ ኣርኢ',
  'newcomer.invitation.dayHeading': 'እቲ መዓልቲ ከመይ ይኸይድ',
  'newcomer.invitation.dayText':
    'ሓደ ድሕሪ ሓደ ንብዙሓት ትካላት ኣብ ሓደ ቦታ ትራኸቡ። ሓደ ሰራሕተኛ ናብቲ ዝቕጽል ርክብ ይወስደኩም። እቲ መዓልቲ ብዙሕ ሰዓታት ይወስድ።',
  'newcomer.invitation.for': 'እዚ ዕድመ ን: {names}',

  'newcomer.info.heading': 'እቶም ርክባት ብዛዕባ እንታይ እዮም?',
  'newcomer.info.intro': 'ኣብ ነፍሲ ወከፍ ትካል ኣብቲ መዓልቲ እንታይ ከም እትገብሩ ኣብዚ ተጻሒፉ ኣሎ።',
  'newcomer.info.mv': 'ውሳነ ፍቓድ መንበሪኹም ትቕበሉ፣ ብዛዕባኡ ሕቶታት ክትሓቱ ትኽእሉ።',
  'newcomer.info.af':
    'ቀዳማይ ርክብኩም ብዛዕባ ምጥያሽ: ብዛዕባ ትምህርትኹምን ስራሕኩምን፣ ትርጉም ምስክር ወረቐታትኩም ንዘራረብ፣ ንሓገዝ ምጥያሽ ክትሓቱ ትኽእሉ።',
  'newcomer.info.fk':
    'ሓበሬታ ብዛዕባ ንኹነታትኩም ዝሰማማዕ ሓገዛት ማሕበራዊ ውሕስነት፣ ከምኡ’ውን ሓገዝ ኣብ ምሕታት። ቆልዑ ዘለዎም ስድራቤታት ክምዝገቡ ኣለዎም።',
  'newcomer.info.pm': '65 ዓመት ወይ ልዕሊኡ እንተኾንኩም፣ ጡረታ እርጋን ወይ ሓገዝ ኣረጋውያን ክትሓቱ ትኽእሉ።',
  'newcomer.info.skv':
    'ሓገዝ ኣብ ምምላእ ሓበሬታ ምግዓዝ ናብ ሽወደን፣ ውልቃዊ ቁጽሪ ንኽትረኽቡ። ሓበሬታ ብዛዕባ ከመይ ጌርኩም መንነት ካርድ ትረኽቡ።',
  'newcomer.info.kommun':
    'ምዝገባ ንመዋእለ ህጻናት፣ ቤት ትምህርቲን ሽወደንኛ ንስደተኛታት (SFI)ን። እንተድኣ ኣድልዩ ንቁጠባዊ ሓገዝ ክትሓቱ ትኽእሉ።',

  'newcomer.checklist.heading': 'ዝርዝር ስራሕተይ',
  'newcomer.checklist.intro':
    'እቲ ዝርዝር ናትኩም እዩ። ነፍሲ ወከፍ ትካል ኣብቲ መዓልቲ ክፋሉ ይመልእ። መን ክርእዮ ከም ዝኽእል ንስኹም ትውስኑ።',
  'newcomer.checklist.remaining':
    '{count, plural, =0 {ኩሉ ተወዲኡ} one {# ነገር ተሪፉ} other {# ነገራት ተሪፎም}}',
  'newcomer.checklist.empty': 'ዝርዝርኩም ክሳብ ሕጂ ባዶ እዩ። ኣብቲ መዓልቲ ክምላእ እዩ።',
  'newcomer.checklist.household': 'ብምሉኡ ስድራቤት',
  'newcomer.checklist.status.todo': 'ዝግበር',
  'newcomer.checklist.status.done': 'ተወዲኡ',
  'newcomer.checklist.status.not-applicable': 'ኣይምልከተኩምን',
  'newcomer.checklist.status.follow-up': 'ድሕሪ እቲ መዓልቲ ይቕጽል',
  'newcomer.checklist.note': 'መዘኻኸሪ ሰራሕተኛ: {note}',
  'newcomer.checklist.afterHeading': 'ድሕሪ እቲ መዓልቲ',
  'newcomer.checklist.afterNone': 'ድሕሪ እቲ መዓልቲ ዝስዕብ ነገር የለን።',
  'newcomer.checklist.afterIntro': 'እዚ ድሕሪ እቲ መዓልቲ ይቕጽል:',

  'newcomer.sharing.heading': 'ዝርዝረይ መን ክርእዮ ይኽእል',
  'newcomer.sharing.intro':
    'ነፍሲ ወከፍ ትካል ናቱ ክፋል ጥራይ እዩ ዝርኢ። ንኻልኦት ምሉእ ዝርዝር ክርእዩ ክተፍቕዱ፣ ብዝደለኹምዎ ግዜ ድማ ክትመልስዎ ትኽእሉ።',
  'newcomer.sharing.granteeLabel': 'መን',
  'newcomer.sharing.grantee.all-present-today': 'ሎሚ ዝራኸቦም ኩሎም ትካላት',
  'newcomer.sharing.untilLabel': 'ክሳብ መዓስ',
  'newcomer.sharing.until.today': 'ክሳብ ምሸት',
  'newcomer.sharing.until.month': 'ሓደ ወርሒ',
  'newcomer.sharing.until.year': 'ሓደ ዓመት',
  'newcomer.sharing.grant': 'ፍቓድ ሃብ',
  'newcomer.sharing.revoke': 'መልስ',
  'newcomer.sharing.revokeFor': 'ፍቓድ {who} መልስ',
  'newcomer.sharing.active': '{who} ክሳብ {until} ዝርዝርኩም ክርኢ ይኽእል።',
  'newcomer.sharing.ended': '{who} ክሳብ {until} ዝርዝርኩም ክርኢ ይኽእል ነይሩ።',
  'newcomer.sharing.none': 'ሕጂ ካልእ ሰብ ዝርዝርኩም ክርኢ ኣይክእልን።',
  'newcomer.sharing.granted': '{who} ሕጂ ዝርዝርኩም ክርኢ ይኽእል።',
  'newcomer.sharing.revoked': '{who} ድሕሪ ሕጂ ዝርዝርኩም ክርኢ ኣይክእልን።',
  'newcomer.sharing.historyHeading': 'ቅድሚ ሕጂ',

  'newcomer.accessLog.heading': 'ሓበሬታይ መን ርእዩ',
  'newcomer.accessLog.intro': 'ሓደ ሰብ ሓበሬታኹም ኣብ ዘንበበሉ ወይ ዝቐየረሉ ግዜ ኣብዚ ይምዝገብ።',
  'newcomer.accessLog.empty': 'ክሳብ ሕጂ ሓበሬታኹም ዝረኣየ የለን።',
  'newcomer.accessLog.you': 'ንስኹም',
  'newcomer.accessLog.staff': 'ሓደ ሰራሕተኛ',
  'newcomer.accessLog.action.read': 'ኣንቢቡ',
  'newcomer.accessLog.action.create': 'ወሲኹ',
  'newcomer.accessLog.action.update': 'ቀይሩ',
  'newcomer.accessLog.action.delete': 'ኣጥፊኡ',
  'newcomer.accessLog.action.attempt': 'ፈቲኑ',
  'newcomer.accessLog.denied': 'ተነጺጉ',
  'newcomer.accessLog.count': '{count, plural, one {# ፍጻመ} other {# ፍጻመታት}}',

  'newcomer.feedback.heading': 'ብዛዕባ እቲ መዓልቲ ንገሩና',
  'newcomer.feedback.intro': 'ክንመሓየሽ ሓግዙና። ብቋንቋኹም ክትጽሕፉ ትኽእሉ።',
  'newcomer.feedback.ratingLabel': 'እቲ መዓልቲ ከመይ ነይሩ?',
  'newcomer.feedback.rating':
    '{rating, plural, =5 {# ካብ 5 – ኣዝዩ ጽቡቕ} one {# ካብ 5 – ጽቡቕ ኣይነበረን} other {# ካብ 5}}',
  'newcomer.feedback.commentLabel': 'ተወሳኺ ክትነግሩና ትደልዩ ዶ? (ብድሌት)',
  'newcomer.feedback.submit': 'ስደድ',
  'newcomer.feedback.chooseRating': 'እቲ መዓልቲ ከመይ ከም ዝነበረ ምረጹ።',
  'newcomer.feedback.thanks': 'ስለ ርእይቶኹም የቐንየልና!',
  'newcomer.feedback.alreadySent': 'ብዛዕባ እዚ ምብጻሕ እዚ ድሮ ርእይቶ ሂብኩም ኢኹም። የቐንየልና!',
  'newcomer.feedback.notYet': 'ድሕሪ እቲ ምብጻሕ፣ እቲ መዓልቲ ምስ ተወድአ ርእይቶ ክትህቡ ትኽእሉ።',
  'newcomer.feedback.unavailable': 'ኣብዚ ክሳብ ሕጂ ርእይቶ ክወሃብ ኣይከኣልን። ንሰራሕተኛታት ናይቲ ቦታ ሕተቱ።',
};
