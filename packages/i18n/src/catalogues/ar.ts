import type { Catalogue } from '../catalogue.js';
import { newcomerAr } from './newcomer-ar.js';

// Arabic. Machine-drafted: every key needs review by a qualified translator (see review-status.ts).
export const ar: Catalogue = {
  ...newcomerAr,
  'actor.mv': 'مصلحة الهجرة (Migrationsverket)',
  'actor.af': 'مكتب العمل (Arbetsförmedlingen)',
  'actor.fk': 'مصلحة التأمينات الاجتماعية (Försäkringskassan)',
  'actor.pm': 'هيئة التقاعد (Pensionsmyndigheten)',
  'actor.skv': 'مصلحة الضرائب (Skatteverket)',
  'actor.kommun': 'البلدية (kommunen)',

  'invitation.title': 'دعوة إلى Mötesplats och information',
  'invitation.intro':
    'أهلاً بك في {locationName}. في يوم واحد تلتقي بكل الجهات الحكومية التي تحتاجها، في مكان واحد.',
  'invitation.when': 'الموعد: {date} الساعة {time}',
  'invitation.where': 'المكان: {venue}، {address}',
  'invitation.directions': 'كيف تصل إلينا: {directions}',
  'invitation.meetHeading': 'ستلتقي بـ',
  'invitation.bringHeading': 'يرجى إحضار',
  'invitation.bring.identity': 'جواز سفر أو وثيقة هوية أخرى لكل من يحضر',
  'invitation.bring.permitCard': 'بطاقة الإقامة الخاصة بك',
  'invitation.bring.decision': 'قرار الإقامة',
  'invitation.bring.certificates': 'الشهادات الدراسية وشهادات العمل',
  'invitation.bring.childrenDocuments': 'وثائق الأطفال، مثل شهادات الميلاد',
  'invitation.duration':
    'تستغرق الزيارة عدة ساعات، حوالي {hours, plural, zero {# ساعة} one {ساعة واحدة} two {ساعتين} few {# ساعات} many {# ساعة} other {# ساعة}}. يمكنك إحضار شيء للأكل والشرب.',
  'invitation.interpreter': 'سيكون هناك مترجم.',
  'invitation.venue.service-office': 'مكتب الخدمات (Servicekontoret)',
  'invitation.venue.municipality-premises': 'مقر البلدية',
  'invitation.venue.employment-service-premises': 'مقر مكتب العمل',
  'invitation.venue.branch': 'مكتب الخدمات في {name}',
  'invitation.venue.mobile-team': '{name}',
};
