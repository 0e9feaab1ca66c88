/** The notify stage's public surface: notices to the member and the site owner, with an outbox in the review store. */
export { createNotifier, noticesForScan, type DeliveryReport, type Notifier, type NotifierDeps, type NoticePlan } from './notifier.js';
export { noticeOnRestore } from './on-restore.js';
export { checkNotifySecrets, type Channel, type NoticeMessage } from './channels.js';
export {
  memberRemovedVariables, memberRestoredVariables, ownerDigestMessage, ownerReplacedMessage, webhookBody,
  type DigestCounts, type DigestItem, type MemberVariables, type OwnerMessage,
} from './compose.js';
export { reasonsInWords } from './reasons.js';
export { defangLinks, defangUrl, escapeMarkup, quoteMemberText } from './safe-text.js';
