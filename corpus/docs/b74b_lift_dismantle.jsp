<%@ page pageEncoding="UTF-8"%>
<%@ taglib prefix="fmt" uri="http://java.sun.com/jsp/jstl/fmt"%>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"%>
<%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions" %>
<%@ taglib prefix="kfn" uri="http://www.knight.com/jsp/jstl/functions"%>
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>施工升降机拆卸施工方案</title>
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
  <div class="tj_title">施工升降机拆卸施工方案</div>
 <p><strong>1、工程概述 </strong>
<p class="indt2">根据<u>&nbsp;&nbsp;${indisSchema.project.projectName}&nbsp;&nbsp;</u>施工工地需要，按照合同决定在<u>&nbsp;&nbsp;${indisSchema.project.address}&nbsp;&nbsp;</u>工地拆卸两台由<u><strong>&nbsp;&nbsp;${indisSchema.equipment.equipVender}&nbsp;&nbsp;</strong></u>制造的&nbsp;${indisSchema.equipment.equipSpecificName}&nbsp;型人货施工升降机。A1，拆卸高度46米；6-7#楼，拆卸高度31米。 </p>
<p><strong>&nbsp;2、施工及编制依据 </strong></p>
<p class="indt2">2.1、GB10055-2007《施工升降机安全规程》 </p>
<p class="indt2">2.2、JGJ33-2001《建筑机械使用安全技术规程》 </p>
<p class="indt2">2.3、${indisSchema.inEntName}施工升降机使用说明书 </p>
<p><strong>3、施工人员组织 </strong></p>
<p class="indt2">施工升降机拆卸施工由本公司委派拆卸组长${indisSchema.schemaDesigner}负责，人员由施工升降机拆卸工、电工等3-4人组成（具体施工人员组织名单见前表）。工地安全员协助安全监督。 </p>
<p><strong>4、升降机的拆卸 </strong></p>
<p><strong>（一）拆卸前准备阶段 </strong></p>
<p class="indt2">1．场地清理，扫除场内道路上的障碍物，保证具备应有的作业空间，作业区域上空（有无）高压电线电缆（如有高压电线，电缆，现场应采取保护措施） </p>
<p class="indt2">2．组织拆卸作业队伍，工作时必须先进行安全任务书技术交底。 </p>
<p class="indt2">3．所有作业人员必须戴好安全帽，高空作业人员系好安全带，认真检查索具、起重机具、手拉葫芦、专用扳手及其他辅助工具，不合格品一概不准使用。 </p>
<p><strong>（二）拆卸实施阶段 </strong></p>
<p class="indt2">1．阅读、熟悉电梯使用说明书，整个拆卸过程严格按升降机拆除规定执行。 </p>
<p class="indt2">2．待拆卸的升降机应做到性能完好，金属结构部分无变形损伤，无焊缝开裂脱焊，无严重锈蚀。对传动机构、钢丝绳、滑轮组、电气设备、安全保险机构等，拆卸前均应认真检查，发现问题必须马上整改。 </p>
<p class="indt2">3．拆卸区域设置警戒，设有明显标志，并有专人监护。 </p>
<p class="indt2">4、按规定和施工要求拆卸附墙架。 </p>
<p class="indt2">5．拆卸后及时做好转移使用或入库等运输工作。 </p>
<p><strong>（三）、施工电梯拆卸方案</strong></p>
<p class="indt2">1、拆卸时，应对电梯进行一次大检查，确认各部件功能正常，动作无误后，方可投入拆卸作业。按以上安装顺序进行反顺序作业即可。 </p>
<p class="indt2">2、拆卸要点： </p>
<p class="indt2">（1）电梯拆卸前应先阅读、理解使用说明书，指定专人指挥、协调，确保安装安全。 </p>
<p class="indt2">（2）将施工电梯周围围出足够大的场地，挂上“注意空中落物”等标牌。 </p>
<p class="indt2">（3）笼顶操作按钮盒移至笼顶，试运行，并将加节扳至“加节”位置。 </p>
<p class="indt2">（4）上升吊笼，使吊笼停在架体顶部，卸去四处高强螺栓拆除标准节。 </p>
<p class="indt2">（5）有辅助起重设备时（如起重机），可一次拆除四节标准节。 </p>
<p class="indt2">（6）无辅助起重设备时，应借助笼顶吊杆进行拆卸。</p>
<p class="indt2">（7）拆除相应的附墙装置、电缆护架等。注意：始终保持导轨架最大自由端高度不超过允许范围。 </p>
<p class="indt2">（8）当导轨架拆至10m以下时，可用吊车等起重设备拆除栏杆、吊杆、导轨架、滑车等。 </p>
<p class="indt2">（9）手动下降吊笼，落在缓冲弹簧上。 </p>
<p class="indt2">（10）切断主电源，拆除电源线。 </p>
<p class="indt2">（11）松开电机制动器，将吊笼吊离导轨架。 </p>
<p class="indt2">（12）拆除最后几节标准节和底架。</p>
</div>
</center>
</body>
</html>