<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<%@ page pageEncoding="UTF-8"%>
<%@ taglib prefix="fmt" uri="http://java.sun.com/jsp/jstl/fmt"%>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"%>
<%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions" %>
<%@ taglib prefix="kfn" uri="http://www.knight.com/jsp/jstl/functions"%>
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>塔式起重机附着爬升（降塔）安全技术交底GDAQ330602</title>

<link href="../css/er_style.css" rel="stylesheet" type="text/css" />
</head>

<body>
<center>
<div class="er_main_detail">
<div class="er_wrod_title">塔式起重机附着爬升（降塔）安全技术交底</div>
<div class="er_w100" style="page-break-after:always">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
  <tr>
    <td width="480" height="30" align="left">施工单位：&nbsp; ${project.unCustomName}</td>
    <td align="right" style=" font-family:'宋体'">GDAQ330602&nbsp;<input name="" type="text" style="width:60px; border:1px solid #000000;"/></td>
  </tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="er_list">
  <tr>
    <td width="70" align="center">工程名称</td>
    <td width="180">&nbsp;${project.projectName}</td>
    <td width="70" align="center">分部分项<br />工&nbsp;&nbsp;&nbsp;&nbsp;程</td>
    <td width="180">&nbsp;${printData.fuZhuoProject}</td>
    <td width="50" align="center">工 种</td>
    <td align="center">&nbsp;${printData.fuZhuoKindWork}</td>
  </tr>
  </table>
 <table width="100%" border="0" cellspacing="0" cellpadding="0" class="er_list" style="border-top-style:none;"> 
  <tr>
    <td align="left" style="line-height:23px;"><p>一、进入施工现场必须遵守安全操作规程和安全生产纪律，安装拆卸工人必须取得省级建设主管部门颁发的建筑施工特种作业人员操作证书，方可上岗。 <br />
      二、参加作业人员必须戴好安全帽、系好安全带、穿软底鞋，工具装入工具袋内。使用前必须进行检查，不合格者必须更换。 <br />
      三、工作时应设立警戒区派出专人监护，设立安全告示。 <br />
      四、塔机的附着锚固应符合下列要求： <br />
      （一）塔式起重机附着的建筑物，其锚固点的受力强度应满足塔式起重机的设计要求。附着杆系的布置方式、相互间距和附着距离等，应按出厂使用说明书规定执行。有变动时，应另行设计。 <br />
      （二）塔机附着前，检查附着杆及附着框架是否连接紧固好。 <br />
      （三）装设附着框架和附着杆件，应采用经纬仪测量塔身垂直度，并应采用附着杆进行调整，在最高锚固点以下垂直度允许偏差为2/1000。 <br />
      （四）在附着框架和附着支座布设时，附着杆倾斜角不得超过10°。 <br />
      （五）附着框架宜设置在塔身标准节连接处，箍紧塔身。塔架对角处在无斜撑时应加固。 <br />
      （六）塔身爬升接高到规定锚固间距时，应及时增设与建筑物的锚固装置。塔身高出锚固装置的自由端高度， 应符合出厂规。 <br />
      （七）塔式起重机作业过程中，应经常检查锚固装置，发现松动或异常情况时，应立即停止作业，故障未排除不得继续作业。 <br />
      （八）拆卸塔式起重机时，应随着降落塔身的进程拆卸相应的锚固装置。严禁在落塔之前先拆锚固装置。 <br />
      （九）遇有六级及以上大风时 严禁安装或拆卸锚固装置。 <br />
      （十）锚固装置的安装、拆卸、检查和调整，均应有专人负责工作时应系安全带和戴安全帽，并应遵守高处作业有关安全操作。 <br />
      （十一）轨道式塔式起重机作附着式使用时，应提高轨道基础的承载能力和切断行走机构的电源，并应设置阻挡行走轮移动的支座。 <br />
      五、塔机的爬升(降塔)应符合下列要求： <br />
      （一）爬升(降塔)作业过程，必须有专人指挥，专人照看电源，专人操作液压系统，专人拆装螺栓。非作业 <br />
      人员不得登上爬升套架的操作平台，操纵室内应只准一人操作，必须听从指挥信号； <br />
      （二）爬升(降塔)应在白天进行，特殊情况需在夜间作业时，应有充分的照明； <br />
      （三）风力在四级及以上时，不得进行爬升(降塔)作业，在作业中风力突然增大达到四级时，必须立即停止，并应紧固上、下塔身各连接螺栓； <br />
      （四）爬升前应预先放松电缆，其长度宜大于爬升总高度，并应紧固好电缆卷筒。降塔时应适时收紧电缆； <br />
      （五）工作前应检查电气的完好性、液压系统是否正常、液压油是否能满足要求、液压油管的完好性。液压工作压力是否正常。 <br />
      （六）工作前应检查爬升机构的钢结构的焊缝、连接螺栓、轴销的完好性。检查钢丝绳、索具及导架、导轮的机械性能。  <br />
      （七）检查发现的隐患必须经过处理合格后方能进行爬升或降塔。</p></td>
    </tr>
</table>
</div>
<div class="PageNext"></div>

<div class="er_w100" style="page-break-after:always">
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="er_list">
  <tr>
    <td align="left" style="line-height:24px;">
	  <p align="left">
          （八）爬升(降塔)时，必须调整好爬升套架滚轮与塔身标准节的间隙，并应按规定使起重臂和平衡臂处于平<br />
          衡状态，并将回转机构制动住，当回转台与塔身标准节之间的最后一处连接螺栓（销子）拆卸困难时，应将其对角方向的螺栓重新插入，再采取其他措施。不得以旋转起重臂动作来松动螺栓（销子）； <br />
	    （九）爬升(降塔)时，爬升撑脚（爬爪）就位后，应插上安全销，方可继续下一动作。 <br />
	    （十）爬升过程中应注意液压系统的状况及工作压力。 <br />
	    （十一）加节时应将新进入的标准节与原标准节完全连接牢固后，方能继续进行下一步的工作。 <br />
	    （十二）更换踏步时应检查踏步是否全部进入或脱离。 <br />
	    （十三）爬升(降塔)完毕后，各连接螺栓应按规定扭力紧固，液压操纵杆回到中间位置，并切断液压爬升(下降)机构电源。 <br />
	    （十四）内爬升时，应加强机上与机下之间的联系以及上部楼层与下部楼层之间的联系，遇有故障及异常情况，应立即停机检查，故障未排除，不得继续爬升； <br />
	    （十五）内爬升过程中，严禁进行塔式起重机的起升、回转、变幅等各项动作； <br />
	    （十六）塔式起重机爬升到指定楼层后，应立即拔出塔身底座的支承梁或支腿，通过内爬升框架固定在楼板上，并应顶紧导向装置或用楔块塞紧； <br />
	    （十七）内爬升塔式塔式起重机的固定间隔不宜小于3个楼层； <br />
	    （十八）对固定内爬升框架的楼层楼板，在楼板下面应增设支柱作临时加固。搁置塔式起重机底座支承梁的楼层下方两层楼板，也应设置支柱作临时加固； <br />
	    （十九）每次内爬升完毕后，楼板上遗留下来的开孔，应立即采用钢筋混凝土封闭； <br />
	    （二十）塔式起重机完成内爬升作业后，应检查内爬升框架的固定底座支承梁的紧固以及楼板临时支撑的稳固等确认可靠后，方可进行吊装作业。 <br />
	    六、爬升或降塔工作结束前应检查各种安全限位和保险，爬升后应检测塔式起重机的垂直度。 <br />
	    七、禁止向下抛掷材料及工具。 <br />
	    八、现场补充交底内容： <br />
	    1）顶升配平：吊钩挂重1000KG，位置距距臂根18.93米。（现场吊标准节实际配平） <br />
	    2）各部位监护人：<br />
	    &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;①液压站； <br />
	    &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;②上爬抓； <br />
	    &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;③下爬抓； <br />
	    &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;④引进衡粱； <br />
	    &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;⑤防风措施。 <br />
	    3)试配平，顶升观察回转台下支座角钢与标准节端面对正，检查液压油表压力小于标定，滚轮无卡滞。<br /><br /> </p>
	  <p style="text-align:right; padding-right:200px; line-height:26px;">交底人签字： <br />
	  日      期： </p>
	  
	  </td>
  </tr>
  <tr>
    <td height="100" align="left" valign="top">接受人（全员）签字： </td>
  </tr>
</table>
<p style="text-align:left;">&nbsp;<strong>&nbsp;注：</strong>本交底一式三份，班组、交底人、资料保管员各一份。</p>

</div>

</div>
<div class="PageNext"></div>
</center>
</body>
</html>
