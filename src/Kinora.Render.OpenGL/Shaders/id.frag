uniform uint uObjectId;
layout(location = 0) out uint oId;
void main() { oId = uObjectId; }
