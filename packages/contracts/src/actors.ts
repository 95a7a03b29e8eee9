// The actors are a domain concept; contracts re-export them for the apps.
export { ACTOR_IDS, ACTOR_NAMES, ActorId } from '@motesplats/location-config';
