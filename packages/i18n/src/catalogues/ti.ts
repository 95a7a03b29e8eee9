import type { Catalogue } from '../catalogue.js';
import { newcomerTi } from './newcomer-ti.js';

// Tigrinya. Machine-drafted: every key needs review by a qualified translator (see review-status.ts).
export const ti: Catalogue = {
  ...newcomerTi,
  'actor.mv': 'ቤት ጽሕፈት ስደት (Migrationsverket)',
  'actor.af': 'ቤት ጽሕፈት ስራሕ (Arbetsförmedlingen)',
  'actor.fk': 'ቤት ጽሕፈት ማሕበራዊ ውሕስና (Försäkringskassan)',
  'actor.pm': 'ቤት ጽሕፈት ጡረታ (Pensionsmyndigheten)',
  'actor.skv': 'ቤት ጽሕፈት ግብሪ (Skatteverket)',
  'actor.kommun': 'ምምሕዳር ከተማ (kommunen)',

  'invitation.title': 'ዕድመ ናብ Mötesplats och information',
  'invitation.intro':
    'እንቋዕ ናብ {locationName} ብደሓን መጻእኩም። ኣብ ሓደ መዓልቲ ኣብ ሓደ ቦታ ምስ ኩሎም ዘድልዩኹም ትካላት ክትራኸቡ ኢኹም።',
  'invitation.when': 'መዓስ: {date} ሰዓት {time}',
  'invitation.where': 'ኣበይ: {venue}፣ {address}',
  'invitation.directions': 'ከመይ ጌርኩም ትመጹ: {directions}',
  'invitation.meetHeading': 'ምስዞም ክትራኸቡ ኢኹም',
  'invitation.bringHeading': 'በጃኹም ሒዝኩም ምጹ',
  'invitation.bring.identity': 'ፓስፖርት ወይ ካልእ መንነት ዘርኢ ሰነድ ንኹሉ ዝመጽእ ሰብ',
  'invitation.bring.permitCard': 'ካርድ ፍቓድ መንበሪኹም',
  'invitation.bring.decision': 'ውሳነ ፍቓድ መንበሪ',
  'invitation.bring.certificates': 'ናይ ትምህርትን ስራሕን ምስክር ወረቐታት',
  'invitation.bring.childrenDocuments': 'ሰነዳት ቆልዑ፣ ንኣብነት ምስክር ወረቐት ልደት',
  'invitation.duration':
    'እቲ ምብጻሕ ብዙሕ ሰዓታት ይወስድ፣ ኣስታት {hours, plural, one {# ሰዓት} other {# ሰዓታት}}። ዝብላዕን ዝስተን ሒዝኩም ክትመጹ ትኽእሉ ኢኹም።',
  'invitation.interpreter': 'ተርጓሚ ኣብቲ ቦታ ክህሉ እዩ።',
  'invitation.venue.service-office': 'ቤት ጽሕፈት ኣገልግሎት (Servicekontoret)',
  'invitation.venue.municipality-premises': 'ቤት ጽሕፈት ምምሕዳር',
  'invitation.venue.employment-service-premises': 'ቤት ጽሕፈት ስራሕ',
  'invitation.venue.branch': 'ቤት ጽሕፈት ኣገልግሎት ኣብ {name}',
  'invitation.venue.mobile-team': '{name}',
};
