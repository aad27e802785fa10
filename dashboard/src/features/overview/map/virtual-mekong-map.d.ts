declare module 'virtual:mekong-map' {
  const map: import('./mekong-geometry').MekongMap;
  export default map;
}
