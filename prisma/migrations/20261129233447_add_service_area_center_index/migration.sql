-- CreateIndex
CREATE INDEX "ServiceArea_kind_centerLatitude_centerLongitude_idx" ON "ServiceArea"("kind", "centerLatitude", "centerLongitude");

