// happy-dom lays nothing out: give every connected element a box so "shown" means display/visibility.
Element.prototype.getClientRects = function (this: Element) {
  return (this.isConnected ? [{ width: 1, height: 1 }] : []) as unknown as DOMRectList;
};
