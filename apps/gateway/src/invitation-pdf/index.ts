export { renderInvitationPdf, type InvitationPrint } from './render.js';
