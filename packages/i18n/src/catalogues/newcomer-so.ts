import type { NewcomerKey } from './newcomer-keys.js';

// Somali texts of the newcomer's app. Machine-drafted: needs review (see review-status.ts).
export const newcomerSo: Record<NewcomerKey, string> = {
  'newcomer.app.title': 'Mötesplats – boggayga',
  'newcomer.app.skipToContent': 'U gudub nuxurka',
  'newcomer.language.label': 'Luqadda',
  'newcomer.nav.label': 'Liiska',
  'newcomer.nav.invitation': 'Casuumaaddayda',
  'newcomer.nav.info': 'Ku saabsan kulamada',
  'newcomer.nav.checklist': 'Liiskayga hubinta',
  'newcomer.nav.sharing': 'Yaa arki kara liiskayga',
  'newcomer.nav.accessLog': 'Yaa eegay',
  'newcomer.nav.feedback': 'Fikradaada',
  'newcomer.signOut': 'Ka bax',
  'newcomer.loading': 'Waa la soo rarayaa …',
  'newcomer.error.generic': 'Wax baa khaldamay. Fadlan mar kale isku day wax yar ka dib.',
  'newcomer.error.offline': 'Kuma xirnid internetka. Mar kale isku day markaad xiran tahay.',
  'newcomer.error.signedOut': 'Waa lagaa saaray. Mar kale ku gal koodhka casuumaadda.',
  'newcomer.retry': 'Mar kale isku day',
  'newcomer.offline.lastUpdated':
    'Internet kuma xirnid. Markii ugu dambeysay ee la cusboonaysiiyay {time}.',

  'newcomer.signIn.heading': 'Gal',
  'newcomer.signIn.intro':
    'Qor koodhka shakhsiga ah ee casuumaaddaada. Waxaad sidoo kale ku sawiri kartaa koodhka QR ee casuumaadda kamaradda taleefankaaga.',
  'newcomer.signIn.codeLabel': 'Koodhka shakhsiga ah',
  'newcomer.signIn.codeHint': 'Afar koox oo afar xaraf ah, sida casuumaadda ku qoran.',
  'newcomer.signIn.submit': 'Gal',
  'newcomer.signIn.signingIn': 'Waa la galayaa …',
  'newcomer.signIn.empty': 'Qor koodhka casuumaadda.',
  'newcomer.signIn.wrongCode':
    'Koodhku sax ma aha. Barbar dhig koodhka casuumaadda oo mar kale isku day.',
  'newcomer.signIn.locked':
    'Isku day khaldan oo badan. Sug {minutes, plural, one {# daqiiqo} other {# daqiiqo}} kadibna mar kale isku day.',

  'newcomer.invitation.none': 'Hadda casuumaad ma haysatid.',
  'newcomer.invitation.addressHeading': 'Cinwaanka',
  'newcomer.invitation.rightBuilding':
    'Tag cinwaankan saxda ah. Hubi magaca dhismaha ka hor intaadan gelin.',
  'newcomer.invitation.openMap': 'Ku muuji cinwaanka khariidadda',
  'newcomer.invitation.dayHeading': 'Sida maalintu u socoto',
  'newcomer.invitation.dayText':
    'Waxaad la kulmaysaa dhowr hay’adood midba midka kale ka dib, isla meel. Shaqaale ayaa kuu geynaya kulanka xiga. Maalintu waxay qaadataa dhowr saacadood.',
  'newcomer.invitation.for': 'Casuumaaddu waxay u socotaa: {names}',

  'newcomer.info.heading': 'Maxay kulamadu ku saabsan yihiin?',
  'newcomer.info.intro': 'Halkan waxaa ku qoran waxaad ka qabanayso hay’ad kasta maalinta.',
  'newcomer.info.mv':
    'Waxaad helaysaa go’aanka sharciga deganaanshahaaga waxaadna weydiin kartaa su’aalo.',
  'newcomer.info.af':
    'Kulankaaga ugu horreeya ee dejinta: waxaan ka hadlaynaa waxbarashadaada iyo shaqadaada, tarjumaadda shahaadooyinkaaga, waxaadna codsan kartaa gunnada dejinta.',
  'newcomer.info.fk':
    'Macluumaad ku saabsan gunnooyinka caymiska bulshada ee ku habboon xaaladdaada, iyo caawimaad codsiga. Qoysaska carruurta leh waa inay is diiwaangeliyaan.',
  'newcomer.info.pm':
    'Haddii aad tahay 65 sano ama ka weyn, waxaad codsan kartaa hawlgab ama taageerada waayeelka.',
  'newcomer.info.skv':
    'Caawimaad buuxinta ogeysiiska u guuritaanka Iswiidhan, si aad u hesho lambarka shakhsiga ah. Macluumaad ku saabsan sida loo helo kaarka aqoonsiga.',
  'newcomer.info.kommun':
    'Is diiwaangelinta xannaanada, dugsiga iyo Iswiidhishka soo-galootiga (SFI). Haddii loo baahdo waxaad codsan kartaa kaalmo dhaqaale.',

  'newcomer.checklist.heading': 'Liiskayga hubinta',
  'newcomer.checklist.intro':
    'Liisku adiga ayuu kuu gaar yahay. Hay’ad kastaa waxay buuxisaa qaybteeda maalinta. Adiga ayaa go’aamiya cidda arki karta.',
  'newcomer.checklist.remaining':
    '{count, plural, =0 {Wax walba waa la dhammeeyay} one {# shay ayaa haray} other {# shay ayaa haray}}',
  'newcomer.checklist.empty': 'Liiskaagu wali waa madhan yahay. Maalinta ayaa la buuxinayaa.',
  'newcomer.checklist.household': 'Qoyska oo dhan',
  'newcomer.checklist.status.todo': 'In la sameeyo',
  'newcomer.checklist.status.done': 'Waa la dhammeeyay',
  'newcomer.checklist.status.not-applicable': 'Kuma khuseyso',
  'newcomer.checklist.status.follow-up': 'Wuu sii socdaa maalinta ka dib',
  'newcomer.checklist.note': 'Qoraalka shaqaalaha: {note}',
  'newcomer.checklist.afterHeading': 'Maalinta ka dib',
  'newcomer.checklist.afterNone': 'Wax raad-raac u baahan ma jiraan maalinta ka dib.',
  'newcomer.checklist.afterIntro': 'Kuwani way sii socdaan maalinta ka dib:',

  'newcomer.sharing.heading': 'Yaa arki kara liiskayga',
  'newcomer.sharing.intro':
    'Hay’ad kastaa waxay aragtaa qaybteeda oo keliya. Waxaad u oggolaan kartaa kuwo kale inay arkaan liiska oo dhan, oo aad dib u qaadan kartaa goor kasta.',
  'newcomer.sharing.granteeLabel': 'Yaa',
  'newcomer.sharing.grantee.all-present-today': 'Dhammaan hay’adaha aan maanta la kulmo',
  'newcomer.sharing.untilLabel': 'Ilaa goorma',
  'newcomer.sharing.until.today': 'Ilaa caawa',
  'newcomer.sharing.until.month': 'Hal bil',
  'newcomer.sharing.until.year': 'Hal sano',
  'newcomer.sharing.grant': 'Sii oggolaansho',
  'newcomer.sharing.revoke': 'Dib u qaado',
  'newcomer.sharing.revokeFor': 'Oggolaanshaha {who} dib u qaado',
  'newcomer.sharing.active': '{who} wuu arki karaa liiskaaga ilaa {until}.',
  'newcomer.sharing.ended': '{who} wuu arki karayay liiskaaga ilaa {until}.',
  'newcomer.sharing.none': 'Hadda cid kale ma arki karto liiskaaga.',
  'newcomer.sharing.granted': '{who} hadda wuu arki karaa liiskaaga.',
  'newcomer.sharing.revoked': '{who} mar dambe ma arki karo liiskaaga.',
  'newcomer.sharing.historyHeading': 'Hore',

  'newcomer.accessLog.heading': 'Yaa eegay xogtayda',
  'newcomer.accessLog.intro':
    'Mar kasta oo qof akhriyo ama beddelo xogtaada, halkan ayaa lagu diiwaangeliyaa.',
  'newcomer.accessLog.empty': 'Qofna wali ma eegin xogtaada.',
  'newcomer.accessLog.you': 'Adiga',
  'newcomer.accessLog.staff': 'Shaqaale',
  'newcomer.accessLog.action.read': 'akhriyay',
  'newcomer.accessLog.action.create': 'ku daray',
  'newcomer.accessLog.action.update': 'beddelay',
  'newcomer.accessLog.action.delete': 'tirtiray',
  'newcomer.accessLog.action.attempt': 'isku dayay',
  'newcomer.accessLog.denied': 'Waa la diiday',
  'newcomer.accessLog.count': '{count, plural, one {# dhacdo} other {# dhacdooyin}}',

  'newcomer.feedback.heading': 'Noo sheeg maalinta',
  'newcomer.feedback.intro': 'Naga caawi inaan hagaajinno. Waxaad ku qori kartaa luqaddaada.',
  'newcomer.feedback.ratingLabel': 'Sidee ayay ahayd maalintu?',
  'newcomer.feedback.rating':
    '{rating, plural, =5 {# ka mid ah 5 – aad u fiican} one {# ka mid ah 5 – ma fiicnayn} other {# ka mid ah 5}}',
  'newcomer.feedback.commentLabel': 'Ma rabtaa inaad wax badan noo sheegto? (ikhtiyaari)',
  'newcomer.feedback.submit': 'Dir',
  'newcomer.feedback.chooseRating': 'Dooro sida maalintu ahayd.',
  'newcomer.feedback.thanks': 'Waad ku mahadsan tahay fikradaada!',
  'newcomer.feedback.alreadySent': 'Horay ayaad fikrad uga dhiibatay booqashadan. Mahadsanid!',
  'newcomer.feedback.notYet':
    'Waxaad fikrad dhiiban kartaa booqashada ka dib, marka maalintu dhammaato.',
  'newcomer.feedback.unavailable':
    'Halkan wali fikrad laguma dhiibi karo. Weydii shaqaalaha goobta.',
  'newcomer.item.decision-notification': "Ogeysiiska go'aanka sharciga deganaanshaha",
  'newcomer.item.move-notification': 'Ogeysiiska u guurista Iswiidhan (diiwaangelinta dadweynaha)',
  'newcomer.item.id-card-info': 'Macluumaad ku saabsan kaarka aqoonsiga',
  'newcomer.item.jobseeker-registration': 'Is-diiwaangelinta Xafiiska Shaqada',
  'newcomer.item.establishment-meeting': 'Kulanka ugu horreeya ee dejinta',
  'newcomer.item.grades-assessment': 'Qiimaynta shahaadooyinka iyo darajooyinka',
  'newcomer.item.establishment-benefit': 'Codsiga gunnada dejinta',
  'newcomer.item.insurance-registration': 'Is-diiwaangelinta caymiska bulshada',
  'newcomer.item.benefits-info': 'Macluumaad ku saabsan gunnooyinka qoyska',
  'newcomer.item.pension-application':
    'Codsiga hawlgabka ama taageerada nolosha dadka waayeelka ah',
  'newcomer.item.sfi-registration': 'Is-diiwaangelinta SFI (luqadda iswiidhishka ee soogalootiga)',
  'newcomer.item.preschool-registration': 'Is-diiwaangelinta dugsiga barbaarinta',
  'newcomer.item.school-registration': 'Is-diiwaangelinta dugsiga',
  'newcomer.item.financial-assistance': 'Codsiga kaalmada dhaqaalaha',
  'newcomer.item.home-municipality-contact': 'La xiriirka degmadaada',
};
