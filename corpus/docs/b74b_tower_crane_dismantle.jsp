<%@ page pageEncoding="UTF-8"%>
<%@ taglib prefix="fmt" uri="http://java.sun.com/jsp/jstl/fmt"%>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"%>
<%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions" %>
<%@ taglib prefix="kfn" uri="http://www.knight.com/jsp/jstl/functions"%>
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>塔机起重机拆卸施工方案</title>
<link rel="stylesheet" type="text/css" href="../pages/print/css/style_word.css" />
<style media="print">
.Noprint {
	display: none;
	
}
</style>
</head>

<body>
<center class="Noprint">
	<p align="right" class="mar_15">
		<object id="WebBrowser" classid="clsid:8856F961-340A-11D0-A96B-00C04FD705A2" height="0" width="0"></object>
		<input type="button" style="font-size: 12px" value="直接打印" onClick="document.all.WebBrowser.ExecWB(6,6)">
		<input type="button" style="font-size: 12px" value="打印预览" onClick="document.all.WebBrowser.ExecWB(7,1)">
	</p>
</center>
<center>
<div class="main_detail">
  <div class="tj_title">塔机起重机拆卸施工方案</div>
  
<p><strong>一、工程概况 </strong></p>
<p class="indt2">根据<u>&nbsp;&nbsp;${indisSchema.project.projectName}&nbsp;&nbsp;</u>施工的需要，拟在<u>&nbsp;&nbsp;${indisSchema.project.address}&nbsp;&nbsp;</u>工地，拆卸1台由${indisSchema.equipment.equipVender}制造&nbsp;${indisSchema.equipment.equipSpecificName}&nbsp;型塔吊。拆卸总高&nbsp;${indisSchema.finalHeight}&nbsp;米。 </p>
<p><strong>二、拆卸时间、人员 </strong></p>
<p class="indt2">1、时间：<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</u> </p>
<p class="indt2">2、拆卸人员：<u>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</u></p>
<p class="indt2">3、安全员：<u>&nbsp;&nbsp;${indisSchema.secureDirector}&nbsp;&nbsp;</u> </p>
<p><strong>三、塔式起重机的拆卸</strong> </p>
<p class="indt2"><strong>1、拆卸前的准备工作及应注意的事项 </strong></p>
<p class="indt2">1.1塔机拆卸是一项非常细致和专业性很强的工作，稍有疏忽，都随时可能导致机毁人亡，因此在拆卸的过程中，必须严格按照说明书的规定操作。 </p>
<p class="indt2">1.2塔机拆卸之前，先检查顶升系统是否正常，检查各机构制动器是否可靠，确认无误后方可进行下一步工作程序。 </p>
<p class="indt2">1.3在塔身标准节已引出、下转台与塔身没有连接成整体之前，严禁使用回转，牵引和起升机构。 </p>
<p class="indt2">1.4顶升机构工作时，所有操作人员应精力集中，检查各相对运动件的相对位置是否处于正常状态，发现情况应立即停止顶升机构，及时排除故障。 </p>
<p class="indt2">1.5拆卸时风力必须小于四级。 </p>
<p class="indt2"><strong>2、塔机拆卸正好与安装的步骤相反，即先装的后卸，后装的先卸，具体程序如下： </strong></p>
<p class="indt2"><strong>2.1拆除塔身 </strong></p>
<p class="indt2">a.将起重臂回转到标准节的引进方向（爬升架中有开口的一侧），使回转制动器处于制动状态，载重小车停在配平的位置（与立塔顶升加节时载重小车的配平位置一致； </p>
<p class="indt2">b.伸长顶升油缸，将顶升横梁顶在从上往下数第四个踏步的圆孔内，在第一个标准节下面四角装引进滚轮，卸下下转台与最上一个标准节的链接螺栓，将上部结构稍微顶起，使引进滚轮与引进横梁接触，拆除最上一个标准节与上面第二个标准节的链接螺栓，稍顶活塞杆，当最上一节标准节（即标准节1）离开标准节2顶面2～5cm左右，停止顶升。 </p>
<p class="indt2">c.将最上一节标准节沿引进梁推出在引进台上。 </p>
<p class="indt2">d.扳开活动爬爪，回缩油缸，让活动爬爪躲过距它最近的一对踏步后，复位放平，继续下降至活动爬爪支承在下一对踏步上，并支承住上部结构后，再回缩油缸。 </p>
<p class="indt2">e.将顶升横梁在下一对踏步上，稍微顶升至爬爪翻转时能躲过原来支承的踏步后停止，拨开爬爪，继续回缩油缸，至下一个标准节与下支座相接触时为止。 </p>
<p class="indt2">f.下支座与塔身标准节之间用螺栓连接号后，用小车吊钩将原退出再引进平台上的标准节吊至地面。 
注意：爬升架的下落过程中，当爬升架上的活动爬爪通过与塔身标准节主弦杆踏步和标准节连接螺栓时，须有人工翻转活动爬爪，同时派专人看管顶升横梁和导向轮，观察爬升架下降时有无被障碍物卡住的现象，以便爬升架顺利下降。 </p>
<p class="indt2">g.重复上述动作，将塔身标准节依次拆下。 塔身拆下至安装高度后，若要继续拆塔，必须先拆平衡臂上的平衡重。 </p>
<p class="indt2"><strong>2.2拆卸平衡臂配重 </strong></p>
<p class="indt2">a.将载重小车固定在起重臂根部，借助辅助吊车拆卸配重。 </p>
<p class="indt2">b.安装配重的相反程序，将各块配重依次卸下，仅留一块2.5t的配重块。 </p>
<p class="indt2"><strong>2.3起重臂的拆卸 </strong></p>
<p class="indt2">a.放下吊钩至地面，拆除起重钢丝绳与配重臂前端上的防扭装置的链接。开动起升机构，回收全部钢丝绳。 </p>
<p class="indt2">b.根据安装时的吊点位置挂绳。 </p>
<p class="indt2">c.汽车吊轻轻提起起重臂，将起升钢丝绳绕过塔顶滑轮固定在拉杆上慢慢启动起升机构，使起重臂拉起约与水平成20°角，拆去起重臂拉杆与塔顶拉板的连接销，放下拉杆至起重臂固定；拆去钢丝绳，将起重臂放平至水平位置，拆掉起重臂与上转台的连接销。 </p>
<p class="indt2">d.放下起重臂，并搁在垫有枕木的支座上。 </p>
<p class="indt2"><strong>2.4平衡臂的拆卸 </strong></p>
<p class="indt2">将最后一块配重全部吊下，然后通过平衡臂上的四个安装吊耳吊起平衡臂，使平衡臂拉杆处于放松状态，拆下拉杆链接销轴，然后拆掉平衡臂与上转台的连接销，将平衡臂平稳放至地面上。 </p>
<p class="indt2"><strong>2.5拆卸司机室</strong></p>
<p class="indt2">拆卸前，检查与相邻的组件之间是否还有电缆连接，电缆应全部拆除。 </p>
<p class="indt2"><strong>2.6拆卸塔顶 </strong></p>
<p class="indt2"><strong>2.7拆卸回转总成</strong></p>
<p class="indt2">拆掉下转台与塔身的链接螺栓，伸长顶升油缸，将顶升横梁定在踏步的圆孔内并稍微顶紧，拆掉下转台与爬升架的链接销轴，回缩顶升油缸，将爬升架的爬还支承在塔身上，再用吊索将回转总成吊起卸下。 </p>
<p class="indt2"><strong>2.8拆走爬升架及塔身标准节 </strong></p>
<p class="indt2">a.吊起爬升架，缓缓地沿着标准节主弦杆吊出，放至地面。 </p>
<p class="indt2"><strong>3、塔机拆卸后的注意事项 </strong></p>
<p class="indt2">1）塔机拆卸后由工程技术人员和专业维修人员进行检查。 </p>
<p class="indt2">2）对主要受力的结构件应检查金属疲劳、焊缝、裂纹、结构变形等情况检查各零部件是否有损坏或碰伤等。 </p>
<p class="indt2">3）检查完毕后，对缺陷、隐患进行修复后，再进行除锈、喷漆处理。
</p>
</p>
</div>
</center>
</body>
</html>

