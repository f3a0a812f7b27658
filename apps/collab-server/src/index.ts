// For the portal's browser tests and the load bench, which start the real server themselves.
export { type CollabServerConfig, readConfig } from './config';
export {
  type DemoServer,
  type DemoServerOptions,
  describeRefusal,
  startDemoServer,
} from './demo-server';
export { type DemoGrant, demoTokens, tokenAuthenticator } from './demo-tokens';
export { openRoomStore, type RoomStore } from './room-store';
