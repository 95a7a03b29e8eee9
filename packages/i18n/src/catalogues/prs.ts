import type { Catalogue } from '../catalogue.js';
import { newcomerPrs } from './newcomer-prs.js';

// Dari. Machine-drafted: every key needs review by a qualified translator (see review-status.ts).
export const prs: Catalogue = {
  ...newcomerPrs,
  'actor.mv': 'ادارهٔ مهاجرت (Migrationsverket)',
  'actor.af': 'ادارهٔ کاریابی (Arbetsförmedlingen)',
  'actor.fk': 'ادارهٔ بیمهٔ اجتماعی (Försäkringskassan)',
  'actor.pm': 'ادارهٔ تقاعد (Pensionsmyndigheten)',
  'actor.skv': 'ادارهٔ مالیات (Skatteverket)',
  'actor.kommun': 'شاروالی (kommunen)',

  'invitation.title': 'دعوت‌نامه به Mötesplats och information',
  'invitation.intro':
    'به {locationName} خوش آمدید. در یک روز و در یک جا با همهٔ ادارات مورد نیاز تان ملاقات می‌کنید.',
  'invitation.when': 'زمان: {date} ساعت {time}',
  'invitation.where': 'مکان: {venue}، {address}',
  'invitation.directions': 'راه رسیدن: {directions}',
  'invitation.meetHeading': 'شما ملاقات می‌کنید با',
  'invitation.bringHeading': 'لطفاً با خود بیاورید',
  'invitation.bring.identity': 'پاسپورت یا سند هویت دیگر برای همه کسانی که می‌آیند',
  'invitation.bring.permitCard': 'کارت اجازهٔ اقامت تان',
  'invitation.bring.decision': 'فیصلهٔ اجازهٔ اقامت',
  'invitation.bring.certificates': 'نمرات، تصدیق‌نامه‌ها و دیپلوم‌های مکتب و کار',
  'invitation.bring.childrenDocuments': 'اسناد اطفال، مثلاً تذکرهٔ تولد',
  'invitation.duration':
    'ملاقات چند ساعت طول می‌کشد، تقریباً {hours, plural, one {# ساعت} other {# ساعت}}. می‌توانید چیزی برای خوردن و نوشیدن با خود بیاورید.',
  'invitation.interpreter': 'ترجمان در محل حاضر است.',
  'invitation.venue.service-office': 'دفتر خدمات (Servicekontoret)',
  'invitation.venue.municipality-premises': 'ساختمان شاروالی',
  'invitation.venue.employment-service-premises': 'ساختمان ادارهٔ کاریابی',
  'invitation.venue.branch': 'دفتر خدمات در {name}',
  'invitation.venue.mobile-team': '{name}',
};
